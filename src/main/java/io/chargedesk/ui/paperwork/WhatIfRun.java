package io.chargedesk.ui.paperwork;

import io.chargedesk.text.Decimals;
import io.chargedesk.text.Messages;
import io.chargedesk.usecase.WhatIfPricing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A what-if over a chosen past period, as the paperwork screen runs it under a stored tariff and the tariff form
 * under the draft it holds: the period (last month at first), and the last result per bay, then the total. Pricing
 * runs on the background executor; nothing is stored.
 */
public final class WhatIfRun {

    /** Prices the closed sessions of a period under the tariff the screen stands for. */
    @FunctionalInterface
    public interface Pricing {
        WhatIfPricing.Result price(Instant from, Instant to) throws Exception;
    }

    private final ZoneId zone;
    private final Executor background;
    private final Executor ui;
    private final Locale locale;
    private final Messages texts;
    private final Consumer<String> say;
    private final ObservableList<WhatIfPricing.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

    /** @param say where the outcome, or why it failed, is said: the owning screen's status line */
    public WhatIfRun(ZoneId zone, LocalDate today, Executor background, Executor ui, Locale locale,
                     Consumer<String> say) {
        this.zone = zone;
        this.background = background;
        this.ui = ui;
        this.locale = locale;
        this.texts = Messages.of(locale);
        this.say = say;
        // Last month: the period a manager most often compares.
        from.set(today.minusMonths(1).withDayOfMonth(1));
        to.set(today.withDayOfMonth(1).minusDays(1));
    }

    /** The last what-if, per bay, then the total (bay ""). */
    public ObservableList<WhatIfPricing.Row> rows() {
        return rows;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public Locale locale() {
        return locale;
    }

    /** A typed date that could not be read: said, and the what-if waits for a date. */
    public void dateNotRead(String field, String text, String example) {
        say.accept(texts.get("sessions.filter.notDate", texts.get(field), text, example));
    }

    /** Whether both days of the period are chosen. */
    public boolean hasPeriod() {
        return from.get() != null && to.get() != null;
    }

    /**
     * Prices the period's days, site time, with {@code pricing} and shows the rows; says {@code doneKey} with the
     * tariff's name and the total difference.
     */
    public void run(Pricing pricing, String doneKey) {
        Instant start = from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get().plusDays(1).atStartOfDay(zone).toInstant();
        background.execute(() -> {
            try {
                WhatIfPricing.Result result = pricing.price(start, end);
                ui.execute(() -> {
                    rows.setAll(result.bays());
                    rows.add(result.total());
                    say.accept(texts.get(doneKey, result.tariffName(),
                            Decimals.fixed(result.total().difference(), locale)));
                });
            } catch (Exception e) {
                ui.execute(() -> say.accept(texts.get("paperwork.failed", e.getMessage())));
            }
        });
    }
}
