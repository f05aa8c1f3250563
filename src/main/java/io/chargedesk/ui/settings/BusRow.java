package io.chargedesk.ui.settings;

import io.chargedesk.site.BusConfig;
import io.chargedesk.site.SiteDraft;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One bus as edited: every field as typed, checked only when the settings are validated; the settings the form does
 * not show (data bits, retries) stay as the bus had them.
 */
public final class BusRow {

    private Optional<BusConfig> was = Optional.empty();

    final StringProperty id = new SimpleStringProperty(this, "id", "");
    final StringProperty port = new SimpleStringProperty(this, "port", "");
    final StringProperty baud = new SimpleStringProperty(this, "baud", "");
    final StringProperty parity = new SimpleStringProperty(this, "parity", "");
    final StringProperty stopBits = new SimpleStringProperty(this, "stopBits", "");
    final StringProperty timeoutMs = new SimpleStringProperty(this, "timeoutMs", "");
    final StringProperty pollMs = new SimpleStringProperty(this, "pollMs", "");

    private BusRow() {
    }

    /** The row of {@code b}, or of a new bus with the site file's defaults ({@link BusConfig#withDefaults}). */
    static BusRow of(BusConfig b) {
        BusRow r = new BusRow();
        r.was = Optional.of(b);
        r.id.set(b.id());
        r.port.set(b.port());
        r.baud.set(String.valueOf(b.baud()));
        r.parity.set(b.parity().name().toLowerCase(Locale.ROOT));
        r.stopBits.set(String.valueOf(b.stopBits()));
        r.timeoutMs.set(String.valueOf(b.timeout().toMillis()));
        r.pollMs.set(String.valueOf(b.pollInterval().toMillis()));
        return r;
    }

    SiteDraft.Bus draft() {
        return new SiteDraft.Bus(was, id.get(), port.get(), baud.get(), parity.get(), stopBits.get(), timeoutMs.get(),
                pollMs.get());
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty baudProperty() {
        return baud;
    }

    public StringProperty parityProperty() {
        return parity;
    }

    public StringProperty stopBitsProperty() {
        return stopBits;
    }

    public StringProperty timeoutMsProperty() {
        return timeoutMs;
    }

    public StringProperty pollMsProperty() {
        return pollMs;
    }
}
