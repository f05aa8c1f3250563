package io.chargedesk.ui.sessions;

import io.chargedesk.usecase.WholeFile;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.export.SessionExport;
import io.chargedesk.export.SessionRow;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Messages;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions browser: filter by day range, bay, customer, status and anomaly; totals for the filter; the
 * evidence of the selected session; exports and receipts. Loads run on the background executor, results
 * land on the UI executor; what a load needs of the screen (the filter, the selection, the paper) is read on the UI
 * thread before it is handed over.
 */
public final class SessionsViewModel {

    /** Reads sessions for a filter (the database in the app, a list in tests). */
    @FunctionalInterface
    public interface SessionSource {
        List<Session> load(SessionFilter filter) throws Exception;
    }

    /** Reads a session's evidence: per-minute profile and raw readings. */
    @FunctionalInterface
    public interface EvidenceSource {
        SessionDetail load(SessionItem item) throws Exception;
    }

    /**
     * Turns listed sessions into export rows, priced and with their customer, company, odometer and fleet: the
     * session report every export goes through (the command line's and the scheduled one's too).
     */
    @FunctionalInterface
    public interface ExportRows {
        List<SessionRow> rows(List<Session> sessions, Instant now) throws Exception;
    }

    /** Which sessions by state; the view names them from {@code sessions.status.<name>}. */
    public enum StatusChoice { ALL, OPEN, CLOSED }

    private static final Logger LOG = LoggerFactory.getLogger(SessionsViewModel.class);

    // The filters' choices beside bay ids and anomaly codes; the view names them in the user's language.
    public static final String ALL_BAYS = "*all-bays*";
    public static final String ANY_ANOMALY = "*any-anomaly*";
    public static final String NO_ANOMALY_FILTER = "*no-anomaly-filter*";
    /** How many days back the list starts when the screen opens. */
    public static final int DEFAULT_DAYS = 30;

    private final SessionSource source;
    private final EvidenceSource evidence;
    private final SessionPricer pricer;
    private final ExportRows exportRows;
    private final ReceiptActions receipts;
    private final ZoneId zone;
    private final Clock clock;
    private final Executor background;
    private final Executor ui;
    private final Locale locale;
    private final Messages texts;
    private final ObservableList<SessionItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> bays = FXCollections.observableArrayList();
    private final ObservableList<String> anomalyChoices = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<String> bay = new SimpleObjectProperty<>(this, "bay", ALL_BAYS);
    private final StringProperty customer = new SimpleStringProperty(this, "customer", "");
    private final ObjectProperty<StatusChoice> status = new SimpleObjectProperty<>(this, "status", StatusChoice.ALL);
    private final ObjectProperty<String> anomaly = new SimpleObjectProperty<>(this, "anomaly", NO_ANOMALY_FILTER);
    private final ObjectProperty<SessionItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<SessionDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final StringProperty totals = new SimpleStringProperty(this, "totals", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.A4);
    /** Empty: the site's language (a credit note: its receipt's). */
    private final ObjectProperty<Optional<Locale>> language =
            new SimpleObjectProperty<>(this, "language", Optional.empty());
    private final BooleanBinding receiptPossible;

    /** @param exportRows what an export writes for the listed sessions (the pricer's prices, the customers' columns) */
    public SessionsViewModel(SessionSource source, EvidenceSource evidence, SessionPricer pricer,
                             ExportRows exportRows, ReceiptActions receipts, List<String> bayIds, ZoneId zone, Clock clock,
                             Executor background, Executor ui, Locale locale) {
        this.source = source;
        this.locale = locale;
        this.texts = Messages.of(locale);
        this.evidence = evidence;
        this.pricer = pricer;
        this.exportRows = exportRows;
        this.receipts = receipts;
        this.zone = zone;
        this.clock = clock;
        this.background = background;
        this.ui = ui;
        bays.add(ALL_BAYS);
        bays.addAll(bayIds);
        // A site collects for years: by default the list starts with the last month, not with every session ever.
        from.set(LocalDate.ofInstant(clock.instant(), zone).minusDays(DEFAULT_DAYS));
        anomalyChoices.addAll(NO_ANOMALY_FILTER, ANY_ANOMALY);
        Arrays.stream(AnomalyCode.values()).map(AnomalyCode::code).forEach(anomalyChoices::add);
        receiptPossible = Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().session().isOpen(), selected);
        selected.addListener((o, was, now) -> loadDetail(now));
    }

    public ObservableList<SessionItem> items() {
        return items;
    }

    public ObservableList<String> bays() {
        return bays;
    }

    public ObservableList<String> anomalyChoices() {
        return anomalyChoices;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<String> bayProperty() {
        return bay;
    }

    /** Part of a customer's name or plate. */
    public StringProperty customerProperty() {
        return customer;
    }

    public ObjectProperty<StatusChoice> statusProperty() {
        return status;
    }

    public ObjectProperty<String> anomalyProperty() {
        return anomaly;
    }

    public ObjectProperty<SessionItem> selectedProperty() {
        return selected;
    }

    /** The selected session's evidence, once loaded. */
    public ReadOnlyObjectProperty<SessionDetail> detailProperty() {
        return detail;
    }

    /** "12 sessions · 184.210 kWh · 92.31 EUR". */
    public ReadOnlyStringProperty totalsProperty() {
        return totals;
    }

    /** The outcome of the last action, or why it failed and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Progress of a running export, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The paper receipts are made for: A4, or the 80 mm roll of a receipt printer. */
    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** The language receipts and credit notes issued now are written in; empty for the default. */
    public ObjectProperty<Optional<Locale>> languageProperty() {
        return language;
    }

    public BooleanBinding receiptPossibleProperty() {
        return receiptPossible;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The user's locale, which numbers, dates and texts of this screen are written in. */
    public Locale locale() {
        return locale;
    }

    /** A typed date the filter could not read: said in the status line; the list stays as it was. */
    public void dateNotRead(String field, String text, String example) {
        message.set(texts.get("sessions.filter.notDate", texts.get(field), text, example));
    }

    public SessionFilter filter() {
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        Optional<String> bayId = Optional.ofNullable(bay.get()).filter(b -> !ALL_BAYS.equals(b));
        Optional<Boolean> open = switch (status.get() == null ? StatusChoice.ALL : status.get()) {
            case ALL -> Optional.empty();
            case OPEN -> Optional.of(true);
            case CLOSED -> Optional.of(false);
        };
        String a = anomaly.get() == null ? NO_ANOMALY_FILTER : anomaly.get();
        Optional<AnomalyCode> code = a.equals(NO_ANOMALY_FILTER) || a.equals(ANY_ANOMALY)
                ? Optional.empty() : Optional.of(AnomalyCode.fromCode(a));
        return new SessionFilter(Optional.ofNullable(start), Optional.ofNullable(end), bayId, open,
                Optional.ofNullable(customer.get()), code, a.equals(ANY_ANOMALY));
    }

    /** Reloads the list for the current filter, keeping the selection where the session is still listed. */
    public void refresh() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set(texts.get("sessions.filter.endBeforeStart"));
            return;
        }
        SessionFilter filter = filter();
        background.execute(() -> {
            try {
                Instant now = clock.instant();
                List<Session> found = source.load(filter);
                Map<UUID, ReceiptStatus> statuses = receipts.statuses(found.stream().map(Session::id).toList());
                // Newest first: the session an operator is asked about is almost always a recent one.
                List<SessionItem> loaded = found.stream()
                        .sorted(Comparator.comparing((Session s) -> s.start()).reversed())
                        .map(s -> new SessionItem(s, pricer.price(s, now), s.duration(now),
                                statuses.getOrDefault(s.id(), ReceiptStatus.NONE)))
                        .toList();
                ui.execute(() -> show(loaded));
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("sessions.loadFailed", e.getMessage())));
            }
        });
    }

    private void show(List<SessionItem> loaded) {
        Optional<UUID> keep = Optional.ofNullable(selected.get()).map(i -> i.session().id());
        items.setAll(loaded);
        keep.flatMap(id -> loaded.stream().filter(i -> i.session().id().equals(id)).findFirst())
                .ifPresent(selected::set);
        totals.set(totalsText(loaded));
    }

    private String totalsText(List<SessionItem> loaded) {
        Energy energy = loaded.stream().map(i -> i.session().energy()).reduce(Energy.ZERO, Energy::plus);
        Optional<Money> money = loaded.stream().map(SessionItem::billed).flatMap(Optional::stream)
                .reduce(Money::plus);
        String sessions = texts.get("sessions.totals", loaded.size(), Decimals.fixed(energy.kilowattHours(), locale));
        return money.map(m -> texts.get("sessions.totals.money", sessions, Decimals.fixed(m.amount(), locale),
                m.currency().getCurrencyCode())).orElse(sessions);
    }

    private void loadDetail(SessionItem item) {
        detail.set(null);
        if (item == null) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    SessionDetail loaded = evidence.load(item);
                    ui.execute(() -> {
                        if (item.equals(selected.get())) {
                            detail.set(loaded);
                        }
                    });
                } catch (Exception e) {
                    ui.execute(() -> message.set(texts.get("sessions.evidenceFailed", e.getMessage())));
                }
            });
        } catch (RejectedExecutionException e) {
            // A list that arrives as the console closes selects a row whose detail nobody is left to see.
            LOG.debug("Not loading the detail of {}: the console is closing", item.session().id());
        }
    }

    /** Issues the selected session's receipt (or a copy) and hands the PDF to {@code open}. */
    public void issueReceipt(Consumer<Path> open) {
        withClosedSession(texts.get("sessions.issuing"), (id, format) -> {
            Path pdf = receipts.issue(id, format);
            ui.execute(() -> {
                message.set(texts.get("sessions.receiptSaved", pdf.toString()));
                open.accept(pdf);
            });
        });
    }

    /** Issues (or reprints) the selected session's receipt and prints it through the system's print dialog. */
    public void printReceipt() {
        withClosedSession(texts.get("sessions.preparingPrint"), (id, format) -> {
            Path pdf = receipts.issue(id, format);
            boolean printed = receipts.print(pdf);
            ui.execute(() -> message.set(printed ? texts.get("sessions.printed", pdf.getFileName().toString())
                    : texts.get("sessions.printCancelled", pdf.toString())));
        });
    }

    /** Issues the selected session's receipt (or a copy) and saves its PDF as {@code target}. */
    public void saveReceiptAs(Path target) {
        withClosedSession(texts.get("sessions.savingReceipt"), (id, format) -> {
            Path pdf = receipts.saveAs(id, target, format);
            ui.execute(() -> message.set(texts.get("sessions.receiptSavedAs", pdf.toString())));
        });
    }

    /**
     * Saves the selected session's evidence as {@code target}: for a customer who disputes the bill, who can check
     * the readings and tariff in it and recompute the SHA-256 printed on the receipt.
     */
    public void saveEvidenceAs(Path target) {
        withClosedSession(texts.get("sessions.savingEvidence"), (id, format) -> {
            // Bytes exactly as hashed: the file's SHA-256 is the fingerprint on the receipt.
            Files.write(target, receipts.evidence(id).getBytes(StandardCharsets.UTF_8));
            ui.execute(() -> message.set(texts.get("sessions.evidenceSaved", target.toString())));
        });
    }

    /** Cancels the selected session's receipt with a credit note and hands its PDF to {@code open}. */
    public void creditReceipt(Consumer<Path> open) {
        withClosedSession(texts.get("sessions.issuingCredit"), (id, format) -> {
            Path pdf = receipts.credit(id, format);
            ui.execute(() -> {
                message.set(texts.get("sessions.creditSaved", pdf.toString()));
                open.accept(pdf);
                refresh();
            });
        });
    }

    /**
     * Issues a corrected receipt for the selected session, whose receipt was credited, naming {@code onReceipt}, and
     * hands its PDF to {@code open}; the list reloads to show the new number and state.
     */
    public void correctReceipt(Customer onReceipt, Consumer<Path> open) {
        withClosedSession(texts.get("corrections.issuing"), (id, format) -> {
            Path pdf = receipts.correct(id, onReceipt, format);
            ui.execute(() -> {
                message.set(texts.get("corrections.saved", pdf.toString()));
                open.accept(pdf);
                refresh();
            });
        });
    }

    /**
     * Issues (or reprints) the receipt of every closed session in the list into {@code folder}, with progress;
     * a session that cannot have one (no tariff) is counted and named, and the rest carry on. Receipt numbers are
     * for ever, so when any session has none yet, {@code confirm} is asked first (on the UI thread) with the
     * counts of new receipts and copies.
     */
    public void exportReceipts(Path folder, Predicate<String> confirm) {
        List<UUID> ids = items.stream().filter(i -> !i.session().isOpen()).map(i -> i.session().id()).toList();
        background.execute(() -> {
            try {
                Set<UUID> issued = receipts.withReceipt();
                long fresh = ids.stream().filter(id -> !issued.contains(id)).count();
                String question = texts.get("sessions.exportReceipts.question", fresh, ids.size(),
                        ids.size() - fresh, folder.toString());
                ui.execute(() -> {
                    if (fresh == 0 || confirm.test(question)) {
                        exportReceiptsNow(folder, ids);
                    } else {
                        message.set(texts.get("sessions.exportReceipts.none"));
                    }
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("sessions.exportReceipts.readFailed", e.getMessage())));
            }
        });
    }

    private void exportReceiptsNow(Path folder, List<UUID> ids) {
        ReceiptFormat format = format();
        busy.set(true);
        progress.set(0);
        message.set(texts.get("sessions.exportReceipts.running", ids.size()));
        background.execute(() -> {
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                try {
                    receipts.issueInto(ids.get(i), folder, format);
                } catch (Exception e) {
                    failed.add(ids.get(i).toString().substring(0, 8) + ": " + e.getMessage());
                }
                double done = (double) (i + 1) / ids.size();
                ui.execute(() -> progress.set(done));
            }
            ui.execute(() -> {
                busy.set(false);
                progress.set(1);
                int exported = ids.size() - failed.size();
                message.set(failed.isEmpty() ? texts.get("sessions.exportReceipts.done", exported, folder.toString())
                        : texts.get("sessions.exportReceipts.partly", exported, folder.toString(),
                        String.join("; ", failed)));
            });
        });
    }

    private interface ReceiptWork {
        void run(UUID sessionId, ReceiptFormat format) throws Exception;
    }

    /** The paper and language chosen, read on the UI thread before the work is handed over. */
    private ReceiptFormat format() {
        return new ReceiptFormat(layout.get(), language.get());
    }

    private void withClosedSession(String working, ReceiptWork work) {
        SessionItem item = selected.get();
        if (item == null || item.session().isOpen()) {
            message.set(texts.get("sessions.selectClosed"));
            return;
        }
        ReceiptFormat format = format();
        message.set(working);
        background.execute(() -> {
            try {
                work.run(item.session().id(), format);
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("sessions.notDone", e.getMessage())));
            }
        });
    }

    /**
     * Writes the listed sessions to {@code target} in the export contract (the same rows as the command
     * line), or for Excel in {@code excel}'s locale, through a temporary file so a failed export never leaves half a
     * file behind.
     */
    public void export(Path target, SessionExport.Format format, Optional<Locale> excel) {
        List<Session> listed = items.stream().map(SessionItem::session).sorted(Comparator.comparing(Session::start))
                .toList();
        busy.set(true);
        progress.set(0);
        message.set(texts.get("sessions.export.running", listed.size()));
        background.execute(() -> {
            try {
                List<SessionRow> out = exportRows.rows(listed, clock.instant());
                ui.execute(() -> progress.set(0.9));
                WholeFile.write(target, o -> SessionExport.write(out, format, excel, o));
                ui.execute(() -> {
                    progress.set(1);
                    busy.set(false);
                    message.set(texts.get("sessions.export.done", listed.size(), target.toString()));
                });
            } catch (Exception e) {
                ui.execute(() -> {
                    busy.set(false);
                    message.set(texts.get("sessions.export.failed", e.getMessage()));
                });
            }
        });
    }
}
