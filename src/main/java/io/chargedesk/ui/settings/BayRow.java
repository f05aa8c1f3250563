package io.chargedesk.ui.settings;

import io.chargedesk.site.BayConfig;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One bay as edited: every field as typed, checked only when the settings are validated. */
public final class BayRow {

    final StringProperty id = new SimpleStringProperty(this, "id", "");
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty bus = new SimpleStringProperty(this, "bus", "");
    final StringProperty address = new SimpleStringProperty(this, "address", "");
    final StringProperty meter = new SimpleStringProperty(this, "meter", "sdm630");
    final StringProperty maxKw = new SimpleStringProperty(this, "maxKw", "22");

    static BayRow of(BayConfig b) {
        BayRow r = new BayRow();
        r.id.set(b.id());
        r.name.set(b.name());
        r.bus.set(b.busId());
        r.address.set(b.busId().isEmpty() ? "" : String.valueOf(b.address()));
        r.meter.set(b.meterModel());
        r.maxKw.set(b.maxPower().kilowatts().stripTrailingZeros().toPlainString());
        return r;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty busProperty() {
        return bus;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty meterProperty() {
        return meter;
    }

    public StringProperty maxKwProperty() {
        return maxKw;
    }
}
