package io.chargedesk.meter;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Collects one bus's health as its poller works: written from the poller thread, read from any thread
 * (the UI takes {@link #snapshot()}s). Every method is synchronized; the work under the lock is tiny.
 */
public final class BusDiagnostics implements PollObserver {

    /** Polls per second are counted over this window. */
    static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    private final String busId;
    private final String port;
    private final LongSupplier nanoTime;
    private final Map<String, BayRecord> bays = new LinkedHashMap<>();
    private final ArrayDeque<Long> busPollTimes = new ArrayDeque<>();
    private long polls;
    private boolean portOpen;
    private long reopens;

    public BusDiagnostics(String busId, String port) {
        this(busId, port, System::nanoTime);
    }

    BusDiagnostics(String busId, String port, LongSupplier nanoTime) {
        this.busId = busId;
        this.port = port;
        this.nanoTime = nanoTime;
    }

    public String busId() {
        return busId;
    }

    /**
     * Declares a bay before its first poll, so it shows up (with zero polls) at once.
     *
     * @param offlineAfter consecutive failures after which the bay counts as offline
     */
    public synchronized void addBay(String bayId, int slaveId, String model, int offlineAfter) {
        bays.put(bayId, new BayRecord(bayId, slaveId, model, offlineAfter));
    }

    @Override
    public synchronized void polled(PollResult result, Duration roundTrip) {
        BayRecord bay = bays.computeIfAbsent(result.bayId(), id -> new BayRecord(id, 0, "", 1));
        long now = nanoTime.getAsLong();
        polls++;
        addTime(busPollTimes, now);
        bay.polled(result, roundTrip, now);
    }

    /** The raw words and decoded values of a bay's latest answer (also when it was then refused as implausible). */
    public synchronized void sampled(String bayId, MeterSample sample) {
        BayRecord bay = bays.get(bayId);
        if (bay != null) {
            bay.lastRaw = sample.raw();
            bay.lastValues = sample.values();
        }
    }

    public synchronized void portState(boolean open) {
        portOpen = open;
    }

    public synchronized void reopened() {
        portOpen = true;
        reopens++;
    }

    public synchronized BusStats snapshot() {
        long now = nanoTime.getAsLong();
        Map<FaultKind, Long> faults = new EnumMap<>(FaultKind.class);
        List<BayStats> bayStats = bays.values().stream().map(b -> b.snapshot(now)).toList();
        for (BayStats b : bayStats) {
            b.faults().forEach((k, v) -> faults.merge(k, v, Long::sum));
        }
        return new BusStats(busId, port, portOpen, reopens, polls, rate(busPollTimes, now), faults, bayStats);
    }

    public synchronized Optional<BayStats> bay(String bayId) {
        BayRecord b = bays.get(bayId);
        return b == null ? Optional.empty() : Optional.of(b.snapshot(nanoTime.getAsLong()));
    }

    private static void addTime(ArrayDeque<Long> times, long now) {
        times.addLast(now);
        prune(times, now);
    }

    private static void prune(ArrayDeque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > RATE_WINDOW.toNanos()) {
            times.removeFirst();
        }
    }

    private static double rate(ArrayDeque<Long> times, long now) {
        prune(times, now);
        if (times.size() < 2) {
            return 0;
        }
        double seconds = (now - times.peekFirst()) / 1e9;
        return seconds <= 0 ? 0 : (times.size() - 1) / seconds;
    }

    private final class BayRecord {
        final String bayId;
        final int slaveId;
        final String model;
        final int offlineAfter;
        final ArrayDeque<Long> pollTimes = new ArrayDeque<>();
        final Map<FaultKind, Long> faults = new EnumMap<>(FaultKind.class);
        Reading lastGood;
        PollFailure lastFailure;
        List<RawBlock> lastRaw = List.of();
        Map<Quantity, BigDecimal> lastValues = Map.of();
        Duration lastRoundTrip = Duration.ZERO;
        long polls;
        int consecutiveFailures;

        BayRecord(String bayId, int slaveId, String model, int offlineAfter) {
            this.bayId = bayId;
            this.slaveId = slaveId;
            this.model = model;
            this.offlineAfter = offlineAfter;
        }

        void polled(PollResult result, Duration roundTrip, long now) {
            polls++;
            lastRoundTrip = roundTrip;
            addTime(pollTimes, now);
            if (result instanceof Reading r) {
                lastGood = r;
                consecutiveFailures = 0;
            } else if (result instanceof PollFailure f) {
                lastFailure = f;
                consecutiveFailures++;
                faults.merge(f.kind(), 1L, Long::sum);
            }
        }

        BayStats snapshot(long now) {
            return new BayStats(bayId, busId, slaveId, model, Optional.ofNullable(lastGood), lastValues, lastRaw,
                    lastRoundTrip, rate(pollTimes, now), polls, faults, consecutiveFailures,
                    consecutiveFailures >= offlineAfter, Optional.ofNullable(lastFailure));
        }
    }
}
