package io.chargedesk.ui.tariffs;

import io.chargedesk.tariff.Days;
import io.chargedesk.tariff.TariffDraft;
import io.chargedesk.tariff.TariffDraft.WindowField;
import io.chargedesk.tariff.TimeOfUseWindow;
import io.chargedesk.text.Decimals;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One time-of-use window as edited: every field as typed, checked when the draft is validated. */
public final class WindowRow {

    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty days = new SimpleStringProperty(this, "days", "daily");
    final StringProperty from = new SimpleStringProperty(this, "from", "00:00");
    final StringProperty to = new SimpleStringProperty(this, "to", TimeOfUseWindow.formatEnd(LocalTime.MIDNIGHT));
    final StringProperty perKwh = new SimpleStringProperty(this, "perKwh", "");

    static WindowRow of(TimeOfUseWindow w, Locale locale) {
        WindowRow r = new WindowRow();
        r.name.set(w.name());
        r.days.set(Days.format(w.days(), locale));
        r.from.set(w.from().toString());
        r.to.set(TimeOfUseWindow.formatEnd(w.to()));
        r.perKwh.set(Decimals.format(w.perKwh().amount(), locale));
        return r;
    }

    TariffDraft.Window draft() {
        return new TariffDraft.Window(Map.of(WindowField.NAME, name.get(), WindowField.DAYS, days.get(),
                WindowField.FROM, from.get(), WindowField.TO, to.get(), WindowField.PER_KWH, perKwh.get()));
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
