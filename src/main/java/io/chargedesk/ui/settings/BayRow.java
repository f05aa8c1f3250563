package io.chargedesk.ui.settings;

import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteDraft;
import io.chargedesk.text.Decimals;
import java.util.Locale;
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
    final StringProperty area = new SimpleStringProperty(this, "area", "");
    final StringProperty bus = new SimpleStringProperty(this, "bus", "");
    final StringProperty address = new SimpleStringProperty(this, "address", "");
    final StringProperty meter = new SimpleStringProperty(this, "meter", BayConfig.DEFAULT_METER_MODEL);
    final StringProperty maxKw = new SimpleStringProperty(this, "maxKw", "");

    /** A new bay with the default maximum power, written as {@code locale} writes numbers. */
    BayRow(Locale locale) {
        maxKw.set(Decimals.format(BayConfig.DEFAULT_MAX_POWER.kilowatts(), locale));
    }

    static BayRow of(BayConfig b, Locale locale) {
        BayRow r = new BayRow(locale);
        r.was = Optional.of(b);
        r.id.set(b.id());
        r.name.set(b.name());
        r.area.set(b.area().orElse(""));
        r.bus.set(b.busId());
        r.address.set(b.busId().isEmpty() ? "" : String.valueOf(b.address()));
        r.meter.set(b.meterModel());
        r.maxKw.set(Decimals.format(b.maxPower().kilowatts(), locale));
        return r;
    }

    /** @param maxKwAsFiled the maximum power as the site file writes it */
    SiteDraft.Bay draft(String maxKwAsFiled) {
        return new SiteDraft.Bay(was, id.get(), name.get(), area.get(), bus.get(), address.get(), meter.get(), maxKwAsFiled);
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty areaProperty() {
        return area;
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
