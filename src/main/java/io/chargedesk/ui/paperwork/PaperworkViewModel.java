package io.chargedesk.ui.paperwork;

import io.chargedesk.text.Messages;
import io.chargedesk.ledger.ShiftReport;
import io.chargedesk.usecase.WhatIfPricing;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The attendant's and manager's paperwork: the current shift so far and closing it (its report saved as PDF and
 * opened), and what a past period would have cost under another tariff. Work runs on the background executor; results
 * land on the UI executor.
 */
public final class PaperworkViewModel {

    /** The shift reports, as the app stores and prints them. */
    public interface Shifts {
        ShiftReport current() throws Exception;

        ShiftReport close(String attendant) throws Exception;

        /** The report's lines in the user's language. */
        List<String> lines(ShiftReport report);

        /** Saves the report as PDF and says where. */
        Path save(ShiftReport report) throws Exception;
    }

    /** What-if pricing over the stored tariffs. */
    public interface WhatIf {
        List<String> tariffIds() throws Exception;

        WhatIfPricing.Result price(String tariffId, Instant from, Instant to) throws Exception;
    }

    private final Shifts shifts;
    private final WhatIf whatIf;
    private final WhatIfRun whatIfRun;
    private final Executor background;
    private final Executor ui;
    private final Locale locale;
    private final Messages texts;
    private final ObservableList<String> shiftLines = FXCollections.observableArrayList();
    private final ObservableList<String> tariffIds = FXCollections.observableArrayList();
    private final ObjectProperty<String> tariff = new SimpleObjectProperty<>(this, "tariff");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public PaperworkViewModel(Shifts shifts, WhatIf whatIf, ZoneId zone, LocalDate today, Executor background,
                              Executor ui, Locale locale) {
        this.shifts = shifts;
        this.whatIf = whatIf;
        this.background = background;
        this.ui = ui;
        this.locale = locale;
        this.texts = Messages.of(locale);
        this.whatIfRun = new WhatIfRun(zone, today, background, ui, locale, message::set);
    }

    public ObservableList<String> shiftLines() {
        return shiftLines;
    }

    public ObservableList<String> tariffIds() {
        return tariffIds;
    }

    /** The last what-if, per bay, then the total (bay ""). */
    public ObservableList<WhatIfPricing.Row> rows() {
        return whatIfRun.rows();
    }

    /** The what-if's period and result, as {@link WhatIfPanel} shows them. */
    public WhatIfRun whatIf() {
        return whatIfRun;
    }

    public ObjectProperty<String> tariffProperty() {
        return tariff;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return whatIfRun.fromProperty();
    }

    public ObjectProperty<LocalDate> toProperty() {
        return whatIfRun.toProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public Locale locale() {
        return locale;
    }

    /** Reads the current shift and the tariffs again. */
    public void refresh() {
        work(() -> {
            List<String> lines = shifts.lines(shifts.current());
            List<String> ids = whatIf.tariffIds();
            ui.execute(() -> {
                shiftLines.setAll(lines);
                tariffIds.setAll(ids);
                if (tariff.get() == null && !ids.isEmpty()) {
                    tariff.set(ids.get(0));
                }
            });
        });
    }

    /** Closes the shift in {@code attendant}'s name, saves its report and hands the PDF to {@code open}. */
    public void closeShift(String attendant, Consumer<Path> open) {
        message.set(texts.get("paperwork.closing"));
        work(() -> {
            ShiftReport closed = shifts.close(attendant);
            Path pdf = shifts.save(closed);
            List<String> next = shifts.lines(shifts.current());
            ui.execute(() -> {
                shiftLines.setAll(next);
                message.set(texts.get("paperwork.closed", attendant.strip(), pdf.toString()));
                open.accept(pdf);
            });
        });
    }

    /** Prices the chosen period under the chosen tariff; nothing is stored. */
    public void runWhatIf() {
        String id = tariff.get();
        if (id == null || !whatIfRun.hasPeriod()) {
            message.set(texts.get("paperwork.whatIf.choose"));
            return;
        }
        whatIfRun.run((start, end) -> whatIf.price(id, start, end), "paperwork.whatIf.done");
    }

    private interface Work {
        void run() throws Exception;
    }

    private void work(Work work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("paperwork.failed", e.getMessage())));
            }
        });
    }
}
