package io.chargedesk.ui.diagnostics;

import io.chargedesk.meter.BayStats;
import io.chargedesk.meter.BusStats;
import io.chargedesk.meter.Diagnostics;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.RawBlock;
import io.chargedesk.text.CodeNames;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Formats;
import io.chargedesk.text.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** For installers: how each bus and meter answers, down to the register words; and a scan for meters. */
public final class DiagnosticsViewModel {

    /** Probes a bus's slave ids and describes what answered, one line each. */
    @FunctionalInterface
    public interface BusScan {
        List<String> scan(String busId, IntConsumer slaveIdProbed) throws Exception;
    }

    /** One bay's meter as a table row. */
    public record BayRow(String bay, String bus, int slaveId, String model, String status, String lastReading,
                         String roundTrip, String pollsPerSecond, String faults, String raw) {}

    private final Supplier<Optional<Diagnostics>> source;
    private final String withoutBuses;
    private final BusScan scanner;
    private final ZoneId zone;
    private final Executor background;
    private final Executor ui;
    private final Locale locale;
    private final Messages texts;
    private final CodeNames names;
    private final ObservableList<BayRow> bays = FXCollections.observableArrayList();
    private final ObservableList<String> buses = FXCollections.observableArrayList();
    private final ObservableList<String> busIds = FXCollections.observableArrayList();
    private final ObservableList<String> scanResults = FXCollections.observableArrayList();
    private final ObjectProperty<String> scanBus = new SimpleObjectProperty<>(this, "scanBus");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final DoubleProperty scanProgress = new SimpleDoubleProperty(this, "scanProgress", 0);
    private final BooleanProperty scanning = new SimpleBooleanProperty(this, "scanning", false);
    private final StringProperty selectedBay = new SimpleStringProperty(this, "selectedBay");
    private final StringProperty raw = new SimpleStringProperty(this, "raw", "");


    /**
     * @param withoutBuses what the screen says when {@code source} has no buses to show (the demo site, or a
     *     console that watches a collector on another PC)
     */
    public DiagnosticsViewModel(Supplier<Optional<Diagnostics>> source, String withoutBuses, List<String> busIds,
                                BusScan scanner, ZoneId zone, Executor background, Executor ui, Locale locale) {
        this.source = source;
        this.locale = locale;
        this.texts = Messages.of(locale);
        this.names = CodeNames.of(locale);
        raw.set(texts.get("diagnostics.selectMeter"));
        this.withoutBuses = withoutBuses;
        this.scanner = scanner;
        this.zone = zone;
        this.background = background;
        this.ui = ui;
        this.busIds.setAll(busIds);
        if (!busIds.isEmpty()) {
            scanBus.set(busIds.get(0));
        }
        selectedBay.addListener((o, was, now) -> showRaw());
    }

    public ObservableList<BayRow> bays() {
        return bays;
    }

    /** One line per bus: port, open or not, reopens, polls/s, faults. */
    public ObservableList<String> buses() {
        return buses;
    }

    public ObservableList<String> busIds() {
        return busIds;
    }

    public ObjectProperty<String> scanBusProperty() {
        return scanBus;
    }

    public ObservableList<String> scanResults() {
        return scanResults;
    }

    /** The bay whose raw registers are shown; it stays chosen while the rows are refreshed. */
    public StringProperty selectedBayProperty() {
        return selectedBay;
    }

    /** The selected meter's last answer, one line of hex words per block read. */
    public ReadOnlyStringProperty rawProperty() {
        return raw;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty scanProgressProperty() {
        return scanProgress;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    /** Takes the latest statistics; call on the UI thread. */
    public void refresh() {
        Optional<Diagnostics> d = source.get();
        if (d.isEmpty()) {
            message.set(withoutBuses);
            buses.clear();
            bays.clear();
            showRaw();
            return;
        }
        message.set("");
        buses.setAll(d.get().buses().stream().map(this::busLine).toList());
        bays.setAll(d.get().buses().stream().flatMap(b -> b.bays().stream()).map(this::row).toList());
        showRaw();
    }

    private void showRaw() {
        raw.set(bays.stream().filter(r -> r.bay().equals(selectedBay.get())).findFirst()
                .map(r -> r.raw().isEmpty() ? texts.get("diagnostics.notAnswered", r.bay())
                        : texts.get("diagnostics.raw", r.bay()) + "\n" + r.raw())
                .orElse(texts.get("diagnostics.selectMeter")));
    }

    private String busLine(BusStats b) {
        return texts.get("diagnostics.bus", b.busId(), b.port(), texts.get(b.portOpen() ? "diagnostics.portOpen"
                : "diagnostics.portClosed"), b.polls(), rate(b.pollsPerSecond(), 1), b.reopens()) + faults(b.faults());
    }

    private String rate(double perSecond, int places) {
        return Decimals.fixed(BigDecimal.valueOf(perSecond).setScale(places, RoundingMode.HALF_UP), locale);
    }

    private BayRow row(BayStats s) {
        String status = s.offline() ? texts.get("diagnostics.offline") + s.lastFailure()
                .map(f -> ": " + names.fault(f.kind().name())).orElse("")
                : s.consecutiveFailures() > 0 ? texts.get("diagnostics.failedInARow", s.consecutiveFailures())
                : texts.get("diagnostics.ok");
        String last = s.lastGood().map(r -> Formats.timeWithSeconds(r.at(), zone, locale) + "  "
                + Decimals.fixed(r.importRegister().kilowattHours(), locale) + " kWh  "
                + Decimals.format(r.power().kilowatts(), locale) + " kW"
                + (r.meterSerial().isEmpty() ? "" : "  " + texts.get("diagnostics.serial", r.meterSerial())))
                .orElse(texts.get("diagnostics.noneYet"));
        String raw = s.lastRaw().stream().map(RawBlock::hex).collect(Collectors.joining("\n"));
        return new BayRow(s.bayId(), s.busId(), s.slaveId(), s.model(), status, last,
                s.lastRoundTrip().toMillis() + " ms", rate(s.pollsPerSecond(), 2),
                faults(s.faults()).replaceFirst("^; ", ""), raw);
    }

    private String faults(Map<FaultKind, Long> faults) {
        return faults.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> names.fault(e.getKey().name()) + " " + e.getValue()).collect(Collectors.joining(", ", "; ", ""))
                .replaceFirst("^; $", "");
    }

    /** Asks every slave id on the chosen bus; polling pauses meanwhile (a bus has one master). */
    public void scan() {
        String bus = scanBus.get();
        if (bus == null) {
            message.set(texts.get("diagnostics.chooseBus"));
            return;
        }
        scanning.set(true);
        scanProgress.set(0);
        scanResults.clear();
        message.set(texts.get("diagnostics.scanning", bus));
        background.execute(() -> {
            try {
                List<String> found = scanner.scan(bus, id -> ui.execute(() -> scanProgress.set(id / 247.0)));
                ui.execute(() -> {
                    scanResults.setAll(found.isEmpty() ? List.of(texts.get("diagnostics.noMeter", bus)) : found);
                    message.set(texts.get("diagnostics.scanDone", bus));
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("diagnostics.scanFailed", e.getMessage())));
            } finally {
                ui.execute(() -> {
                    scanning.set(false);
                    scanProgress.set(1);
                });
            }
        });
    }
}
