package io.chargedesk.ui.dashboard;

import io.chargedesk.session.BayState;
import java.util.Optional;
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

/** What one bay tile shows, as read-only properties the view binds to. */
public final class BayTileModel {

    private final String bayId;
    private final String title;
    private final String busId;
    private final Optional<String> area;
    private final double maxKw;
    private final ObjectProperty<BayState> state = new SimpleObjectProperty<>(this, "state", BayState.OFFLINE);
    private final StringProperty stateText = new SimpleStringProperty(this, "stateText");
    private final DoubleProperty powerKw = new SimpleDoubleProperty(this, "powerKw");
    private final StringProperty power = new SimpleStringProperty(this, "power", "–");
    private final StringProperty energy = new SimpleStringProperty(this, "energy", "");
    private final StringProperty elapsed = new SimpleStringProperty(this, "elapsed", "");
    private final StringProperty cost = new SimpleStringProperty(this, "cost", "");
    private final StringProperty customer = new SimpleStringProperty(this, "customer", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final BooleanProperty fault = new SimpleBooleanProperty(this, "fault", false);

    BayTileModel(String bayId, String title, String busId, Optional<String> area, double maxKw, String offline) {
        this.bayId = bayId;
        this.title = title;
        this.busId = busId;
        this.area = area;
        this.maxKw = maxKw;
        stateText.set(offline);
    }

    public String bayId() {
        return bayId;
    }

    public String title() {
        return title;
    }

    /** The bus its meter is on: without areas, the tiles are grouped by bus. */
    public String busId() {
        return busId;
    }

    /** Where the bay is on the site, as the site file says; the tiles are grouped by area when any bay has one. */
    public Optional<String> area() {
        return area;
    }

    /** The bay's rating, the full scale of its power bar. */
    public double maxKw() {
        return maxKw;
    }

    public ReadOnlyObjectProperty<BayState> stateProperty() {
        return state;
    }

    /** The state in a word, as the badge shows it: "Free", "Starting", "Charging", "Paused", "OFFLINE". */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }

    /** Power as a number, for the power bar only; text fields carry the exact values. */
    public ReadOnlyDoubleProperty powerKwProperty() {
        return powerKw;
    }

    public ReadOnlyStringProperty powerProperty() {
        return power;
    }

    public ReadOnlyStringProperty energyProperty() {
        return energy;
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed;
    }

    public ReadOnlyStringProperty costProperty() {
        return cost;
    }

    /** The open session's customer and number plate, as far as known. */
    public ReadOnlyStringProperty customerProperty() {
        return customer;
    }

    /** A fault or an anomaly: whatever the attendant should notice. */
    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    /** A meter fault waits for an attendant to acknowledge it. */
    public ReadOnlyBooleanProperty faultProperty() {
        return fault;
    }

    void set(BayState state, String stateText, double kw, String power, String energy, String elapsed, String cost,
             String customer, String detail, boolean fault) {
        this.fault.set(fault);
        this.state.set(state);
        this.stateText.set(stateText);
        this.powerKw.set(kw);
        this.power.set(power);
        this.energy.set(energy);
        this.elapsed.set(elapsed);
        this.cost.set(cost);
        this.customer.set(customer);
        this.detail.set(detail);
    }
}
