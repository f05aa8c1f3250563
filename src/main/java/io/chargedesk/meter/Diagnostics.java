package io.chargedesk.meter;

import java.util.List;
import java.util.Optional;

/**
 * The health of every bus and bay of the site, for the Diagnostics view. Thread-safe; each call
 * returns an immutable snapshot, so a view can poll it a few times a second without locking a bus.
 */
public final class Diagnostics {

    private final List<BusDiagnostics> buses;

    public Diagnostics(List<BusDiagnostics> buses) {
        this.buses = List.copyOf(buses);
    }

    public List<BusStats> buses() {
        return buses.stream().map(BusDiagnostics::snapshot).toList();
    }

    public Optional<BusStats> bus(String busId) {
        return buses.stream().filter(b -> b.busId().equals(busId)).findFirst().map(BusDiagnostics::snapshot);
    }

    public Optional<BayStats> bay(String bayId) {
        return buses.stream().map(b -> b.bay(bayId)).flatMap(Optional::stream).findFirst();
    }
}
