package io.chargedesk.ui.settings;

import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteDraft;
import io.chargedesk.text.Decimals;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One bay as edited: every field as typed, checked only when the settings are validated; the settings the form does
 * not show (its own session rules and tariff) stay as the bay had them.
 */
public final class BayRow {

    private Optional<BayConfig> was = Optional.empty();

    final StringProperty id = new SimpleStringProperty(this, "id", "");
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty bus = new SimpleStringProperty(this, "bus", "");
    final StringProperty address = new SimpleStringProperty(this, "address", "");
    final StringProperty meter = new SimpleStringProperty(this, "meter", BayConfig.DEFAULT_METER_MODEL);
    final StringProperty maxKw = new SimpleStringProperty(this, "maxKw",
            Decimals.text(BayConfig.DEFAULT_MAX_POWER.kilowatts()));

    static BayRow of(BayConfig b) {
        BayRow r = new BayRow();
        r.was = Optional.of(b);
        r.id.set(b.id());
        r.name.set(b.name());
        r.bus.set(b.busId());
        r.address.set(b.busId().isEmpty() ? "" : String.valueOf(b.address()));
        r.meter.set(b.meterModel());
        r.maxKw.set(Decimals.text(b.maxPower().kilowatts()));
        return r;
    }

    SiteDraft.Bay draft() {
        return new SiteDraft.Bay(was, id.get(), name.get(), bus.get(), address.get(), meter.get(), maxKw.get());
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
