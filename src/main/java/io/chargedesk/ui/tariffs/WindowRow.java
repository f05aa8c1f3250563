package io.chargedesk.ui.tariffs;

import io.chargedesk.tariff.Days;
import io.chargedesk.tariff.TimeOfUseWindow;
import java.time.LocalTime;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One time-of-use window as edited: every field as typed, checked when the draft is validated. */
public final class WindowRow {

    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty days = new SimpleStringProperty(this, "days", "daily");
    final StringProperty from = new SimpleStringProperty(this, "from", "00:00");
    final StringProperty to = new SimpleStringProperty(this, "to", "24:00");
    final StringProperty perKwh = new SimpleStringProperty(this, "perKwh", "");

    static WindowRow of(TimeOfUseWindow w) {
        WindowRow r = new WindowRow();
        r.name.set(w.name());
        r.days.set(Days.format(w.days()));
        r.from.set(w.from().toString());
        r.to.set(w.to().equals(LocalTime.MIDNIGHT) ? "24:00" : w.to().toString());
        r.perKwh.set(w.perKwh().amount().toPlainString());
        return r;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty perKwhProperty() {
        return perKwh;
    }
}
