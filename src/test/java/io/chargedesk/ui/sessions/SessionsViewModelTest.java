package io.chargedesk.ui.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.export.SessionExport;
import io.chargedesk.export.SessionRow;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sessions screen's logic, without a window, on a ui thread and a background thread as in the console: the
 * sources and receipts refuse a call on the ui thread, the screen's properties a change off it.
 */
class SessionsViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant T = Instant.parse("2026-03-29T00:30:00Z");

    private final List<SessionFilter> asked = new ArrayList<>();
    private final List<UUID> issued = new ArrayList<>();
    private final List<UUID> credited = new ArrayList<>();
    private final List<Path> printed = new ArrayList<>();
    private final List<UUID> failFor = new ArrayList<>();
    private final List<Layout> layouts = new ArrayList<>();
    private final List<Optional<Locale>> languages = new ArrayList<>();
    private final Set<UUID> withReceipt = new HashSet<>();
    private final List<String> questions = new ArrayList<>();
    private final List<Customer> corrected = new ArrayList<>();
    private final Map<UUID, ReceiptStatus> statuses = new HashMap<>();
    private final List<Session> stored = List.of(session(Optional.of(T.plusSeconds(3600))), session(Optional.empty()));

    private static final SessionPricer PRICER = new SessionPricer(() -> new TariffBook(List.of(Tariff.perKwh("std",
            Instant.EPOCH, Money.of("0.50", "EUR"), BigDecimal.valueOf(19)))), Map.of(), ZoneOffset.UTC,
            SessionTraces.NONE);
    /** The customers' columns are the session report's (SessionsScreenExportTest): here the export's mechanics. */
    private static final SessionRow.Party NOBODY = new SessionRow.Party("", "", OptionalInt.empty(), "");

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final SessionsViewModel model = threads.build(() -> new SessionsViewModel(
            threads.offUi(SessionsViewModel.SessionSource.class, f -> {
                asked.add(f);
                return stored;
            }), threads.offUi(SessionsViewModel.EvidenceSource.class, item -> new SessionDetail(item, List.of(),
                    List.of())), PRICER, threads.offUi(SessionsViewModel.ExportRows.class, (listed, now) -> listed.stream()
                    .map(s -> SessionRow.of(s, PRICER.price(s, now), ZoneOffset.UTC, now, NOBODY)).toList()),
            threads.offUi(ReceiptActions.class, new ReceiptActions() {
                @Override
                public Path issue(UUID sessionId, ReceiptFormat format) {
                    issued.add(sessionId);
                    layouts.add(format.layout());
                    languages.add(format.language());
                    return Path.of("/tmp/receipt.pdf");
                }

                @Override
                public Path issueInto(UUID sessionId, Path folder, ReceiptFormat format) throws Exception {
                    if (failFor.contains(sessionId)) {
                        throw new IllegalStateException("no tariff");
                    }
                    issued.add(sessionId);
                    layouts.add(format.layout());
                    return Files.writeString(folder.resolve(sessionId + ".pdf"), "%PDF receipt of " + sessionId);
                }

                @Override
                public Path saveAs(UUID sessionId, Path file, ReceiptFormat format) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Path credit(UUID sessionId, ReceiptFormat format) {
                    credited.add(sessionId);
                    layouts.add(format.layout());
                    return Path.of("/tmp/credit.pdf");
                }

                @Override
                public String evidence(UUID sessionId) {
                    return "chargedesk-evidence-v1\nsession=" + sessionId + "\n";
                }

                @Override
                public Set<UUID> withReceipt() {
                    return withReceipt;
                }

                @Override
                public Path correct(UUID sessionId, Customer onReceipt, ReceiptFormat format) {
                    corrected.add(onReceipt);
                    return Path.of("/tmp/corrected.pdf");
                }

                @Override
                public Map<UUID, ReceiptStatus> statuses(Collection<UUID> sessionIds) {
                    return statuses;
                }

                @Override
                public boolean print(Path pdf) {
                    printed.add(pdf);
                    return true;
                }
            }), List.of("A1", "A2"), BERLIN, Clock.fixed(T.plusSeconds(7200), ZoneOffset.UTC), threads.background(),
            threads.ui(), Locale.ENGLISH));

    private static Session session(Optional<Instant> end) {
        return new Session(UUID.randomUUID(), "A1", "", T, end, Energy.ofWattHours(0), Energy.ofWattHours(10_000),
                Power.ofWatts(11_000), Duration.ofMinutes(50), T, false, Customer.NONE,
                end.map(e -> EndReason.TIMEOUT), List.of(), List.of());
    }

    @Test
    void filtersWholeDaysInSiteTimeAcrossTheDstChange() {
        threads.onUi(() -> model.fromProperty().set(LocalDate.of(2026, 3, 29)));
        threads.onUi(() -> model.toProperty().set(LocalDate.of(2026, 3, 29)));
        threads.onUi(() -> model.bayProperty().set("A2"));
        SessionFilter f = model.filter();
        assertThat(f.from()).contains(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(f.to()).as("the 23-hour day").contains(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(f.bayId()).contains("A2");
        threads.onUi(() -> model.bayProperty().set(SessionsViewModel.ALL_BAYS));
        assertThat(model.filter().bayId()).isEmpty();
    }

    @Test
    void filtersByCustomerStatusAndAnomaly() {
        threads.onUi(() -> model.customerProperty().set("  HH-AB "));
        threads.onUi(() -> model.statusProperty().set(SessionsViewModel.StatusChoice.CLOSED));
        threads.onUi(() -> model.anomalyProperty().set("register_reset"));
        SessionFilter f = model.filter();
        assertThat(f.customer()).contains("HH-AB");
        assertThat(f.open()).contains(false);
        assertThat(f.anomaly()).contains(AnomalyCode.REGISTER_RESET);
        assertThat(f.anyAnomaly()).isFalse();
        threads.onUi(() -> model.anomalyProperty().set(SessionsViewModel.ANY_ANOMALY));
        assertThat(model.filter().anyAnomaly()).isTrue();
        assertThat(model.filter().anomaly()).isEmpty();
    }

    @Test
    void loadsTheEvidenceOfTheSelectedSession() {
        threads.onUi(() -> model.refresh());
        threads.onUi(() -> model.selectedProperty().set(model.items().get(0)));
        assertThat(model.detailProperty().get().item()).isEqualTo(model.items().get(0));
        threads.onUi(() -> model.selectedProperty().set(null));
        assertThat(model.detailProperty().get()).isNull();
    }

    @Test
    void opensOnTheLastMonthNotOnEverySessionEver() {
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(model.toProperty().get()).isNull();
    }

    @Test
    void exportsTheReceiptsOfTheListedClosedSessionsAfterAskingBeforeNewNumbers(@TempDir Path dir) {
        threads.onUi(() -> model.refresh());
        threads.onUi(() -> model.exportReceipts(dir, q -> questions.add(q) && false));
        assertThat(questions).singleElement().asString().startsWith("1 of the 1 closed sessions listed have no "
                + "receipt yet: they get one now, with the next receipt numbers");
        assertThat(issued).as("declined").isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("No receipts exported.");

        threads.onUi(() -> model.layoutProperty().set(Layout.ROLL));
        threads.onUi(() -> model.exportReceipts(dir, q -> true));
        assertThat(issued).containsExactly(stored.get(0).id());
        assertThat(layouts).containsExactly(Layout.ROLL);
        assertThat(model.messageProperty().get()).isEqualTo("1 receipt exported to " + dir + ".");

        withReceipt.add(stored.get(0).id());
        questions.clear();
        threads.onUi(() -> model.exportReceipts(dir, q -> questions.add(q) && false));
        assertThat(questions).as("copies only: nothing to ask").isEmpty();
        assertThat(issued).hasSize(2);
        failFor.add(stored.get(0).id());
        threads.onUi(() -> model.exportReceipts(dir, q -> true));
        assertThat(model.messageProperty().get()).startsWith("0 receipts exported to " + dir + "; not exported: ")
                .endsWith("no tariff");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void exportsTheListedSessionsInTheContractFormat(@TempDir Path dir) throws Exception {
        threads.onUi(() -> model.refresh());
        Path file = dir.resolve("out.csv");
        threads.onUi(() -> model.export(file, SessionExport.Format.CSV, Optional.empty()));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("session_id,bay,start,end,duration_s,energy_kwh");
        assertThat(lines.get(1)).contains(",10.000,", ",5.00,EUR,closed,");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("2 sessions exported to " + file);
    }

    /**
     * A credited session counts for nothing, a corrected one for its corrected receipt's total (not its price now),
     * and the list names each receipt's number and state.
     */
    @Test
    void totalsLeaveOutCreditedReceiptsAndCountCorrectedOnes() {
        Session other = stored.get(1);
        statuses.put(stored.get(0).id(), new ReceiptStatus(ReceiptStatus.State.CREDITED, OptionalLong.of(1),
                Optional.empty()));
        threads.onUi(() -> model.refresh());
        assertThat(model.totalsProperty().get()).as("only the open session's 5.00").isEqualTo(
                "2 sessions · 20.000 kWh · 5.00 EUR");
        statuses.put(stored.get(0).id(), new ReceiptStatus(ReceiptStatus.State.CORRECTED, OptionalLong.of(3),
                Optional.of(new BigDecimal("4.20"))));
        threads.onUi(() -> model.refresh());
        assertThat(model.totalsProperty().get()).isEqualTo("2 sessions · 20.000 kWh · 9.20 EUR");
        assertThat(model.items()).filteredOn(i -> i.session().id().equals(other.id()))
                .extracting(i -> i.receipt().state()).containsExactly(ReceiptStatus.State.NONE);
    }

    @Test
    void aCorrectedReceiptNamesTheCustomerGivenAndReloadsTheList() {
        threads.onUi(() -> model.refresh());
        int loads = asked.size();
        threads.onUi(() -> model.selectedProperty().set(model.items().stream()
                .filter(i -> !i.session().isOpen()).findFirst().orElseThrow()));
        Customer fixed = new Customer("Jürgen Müller", "HH-JM 4711", "");
        List<Path> opened = new ArrayList<>();
        threads.onUi(() -> model.correctReceipt(fixed, opened::add));
        assertThat(corrected).containsExactly(fixed);
        assertThat(opened).containsExactly(Path.of("/tmp/corrected.pdf"));
        assertThat(asked).hasSize(loads + 1);
    }

    @Test
    void showsTotalsOfTheListedSessions() {
        threads.onUi(() -> model.refresh());
        assertThat(model.items()).hasSize(2);
        assertThat(model.totalsProperty().get()).isEqualTo("2 sessions · 20.000 kWh · 10.00 EUR");
        assertThat(model.items().get(1).duration()).as("an open session runs to now").isEqualTo(Duration.ofHours(2));
    }

    @Test
    void issuesReceiptsOnlyForClosedSessions() {
        threads.onUi(() -> model.refresh());
        List<Path> opened = new ArrayList<>();
        threads.onUi(() -> model.selectedProperty().set(model.items().get(1)));
        assertThat(model.receiptPossibleProperty().get()).isFalse();
        threads.onUi(() -> model.issueReceipt(opened::add));
        assertThat(issued).isEmpty();
        assertThat(model.messageProperty().get()).contains("Select a closed session");
        threads.onUi(() -> model.selectedProperty().set(model.items().get(0)));
        assertThat(model.receiptPossibleProperty().get()).isTrue();
        threads.onUi(() -> model.issueReceipt(opened::add));
        assertThat(issued).containsExactly(stored.get(0).id());
        assertThat(opened).containsExactly(Path.of("/tmp/receipt.pdf"));
        threads.onUi(() -> model.printReceipt());
        assertThat(printed).containsExactly(Path.of("/tmp/receipt.pdf"));
        assertThat(model.messageProperty().get()).isEqualTo("Receipt sent to the printer (receipt.pdf).");
        threads.onUi(() -> model.creditReceipt(opened::add));
        assertThat(credited).containsExactly(stored.get(0).id());
        assertThat(opened).endsWith(Path.of("/tmp/credit.pdf"));
        assertThat(layouts).containsOnly(Layout.A4);
    }

    @Test
    void aReceiptIsInTheLanguageChosenAndTheExcelExportInTheLocaleGiven(@TempDir Path dir) throws Exception {
        threads.onUi(() -> model.refresh());
        threads.onUi(() -> model.selectedProperty().set(model.items().get(0)));
        threads.onUi(() -> model.issueReceipt(pdf -> { }));
        threads.onUi(() -> model.languageProperty().set(Optional.of(Locale.GERMAN)));
        threads.onUi(() -> model.issueReceipt(pdf -> { }));
        assertThat(languages).as("the site's, then German").containsExactly(Optional.empty(),
                Optional.of(Locale.GERMAN));

        Path file = dir.resolve("excel.csv");
        threads.onUi(() -> model.export(file, SessionExport.Format.CSV, Optional.of(Locale.GERMAN)));
        assertThat(Files.readString(file)).startsWith("\uFEFFsession_id;bay;start;end;duration_s;energy_kwh;");
    }

    @Test
    void aReceiptIsOnThePaperChosenWhenItWasAskedForThoughThePaperChangesWhileItIsMade() {
        threads.onUi(() -> model.refresh());
        threads.onUi(() -> model.selectedProperty().set(model.items().get(0)));
        threads.holdBackground();
        threads.onUi(() -> model.issueReceipt(pdf -> { }));
        threads.onUi(() -> model.layoutProperty().set(Layout.ROLL));

        threads.releaseBackground();

        assertThat(layouts).as("the paper is read on the ui thread, not in the background")
                .containsExactly(Layout.A4);
    }

    @Test
    void savesTheEvidenceExactlyAsHashedForTheCustomer(@TempDir Path dir) throws Exception {
        threads.onUi(() -> model.refresh());
        threads.onUi(() -> model.selectedProperty().set(model.items().get(0)));
        Path target = dir.resolve("evidence.txt");
        threads.onUi(() -> model.saveEvidenceAs(target));
        assertThat(target).hasBinaryContent(("chargedesk-evidence-v1\nsession=" + stored.get(0).id() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(model.messageProperty().get()).startsWith("Evidence saved as " + target);
    }

    @Test
    void savesTheReceiptWhereTheOperatorChooses(@TempDir Path dir) throws Exception {
        SessionsViewModel saving = threads.build(() -> new SessionsViewModel(f -> stored, item -> null, null, null,
                threads.offUi(ReceiptActions.class, new ReceiptActions() {
            @Override
            public Path issue(UUID sessionId, ReceiptFormat format) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Path issueInto(UUID sessionId, Path folder, ReceiptFormat format) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Path saveAs(UUID sessionId, Path file, ReceiptFormat format) throws Exception {
                return Files.writeString(file, "%PDF receipt of " + sessionId + " on " + format.layout());
            }

            @Override
            public Path credit(UUID sessionId, ReceiptFormat format) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Path correct(UUID sessionId, Customer onReceipt, ReceiptFormat format) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<UUID, ReceiptStatus> statuses(Collection<UUID> sessionIds) {
                return Map.of();
            }

            @Override
            public boolean print(Path pdf) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String evidence(UUID sessionId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Set<UUID> withReceipt() {
                return Set.of();
            }
        }), List.of("A1"), BERLIN, Clock.fixed(T, ZoneOffset.UTC), threads.background(), threads.ui(),
                Locale.ENGLISH));
        threads.onUi(() -> saving.selectedProperty().set(new SessionItem(stored.get(0), Optional.empty(),
                Duration.ZERO, ReceiptStatus.NONE)));
        Path target = dir.resolve("for-the-customer.pdf");
        threads.onUi(() -> saving.saveReceiptAs(target));
        assertThat(target).hasContent("%PDF receipt of " + stored.get(0).id() + " on A4");
        assertThat(saving.messageProperty().get()).isEqualTo("Receipt saved as " + target);
    }
}
