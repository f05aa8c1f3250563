package io.chargedesk.meter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the meters of one bus, one after the other (RS-485 is half-duplex), on a thread of its own.
 * A failing meter becomes a {@link PollFailure} for its bay and never stops the bus.
 */
public final class BusPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BusPoller.class);

    private final String busId;
    private final List<MeterReader> readers;
    private final Duration interval;
    private final Clock clock;
    private final Pacer pacer;
    private final Consumer<PollResult> sink;
    private final PollObserver observer;
    private final Thread thread;
    private volatile boolean running = true;

    public BusPoller(String busId, List<MeterReader> readers, Duration interval, Clock clock, Pacer pacer,
                     Consumer<PollResult> sink) {
        this(busId, readers, interval, clock, pacer, sink, PollObserver.NONE);
    }

    /** @param observer told of every poll and its round-trip time (diagnostics) */
    public BusPoller(String busId, List<MeterReader> readers, Duration interval, Clock clock, Pacer pacer,
                     Consumer<PollResult> sink, PollObserver observer) {
        this.observer = Objects.requireNonNull(observer);
        this.busId = Objects.requireNonNull(busId);
        this.readers = List.copyOf(readers);
        this.interval = interval;
        this.clock = clock;
        this.pacer = pacer;
        this.sink = sink;
        this.thread = new Thread(this::run, "poller-" + busId);
        this.thread.setDaemon(true);
    }

    public void start() {
        LOG.info("Bus {}: polling {} meter(s) every {} ms", busId, readers.size(), interval.toMillis());
        thread.start();
    }

    public String busId() {
        return busId;
    }

    private void run() {
        while (running) {
            Instant cycleStart = clock.instant();
            for (MeterReader reader : readers) {
                if (!running) {
                    return;
                }
                long started = System.nanoTime();
                PollResult result = pollOnce(reader);
                observer.polled(result, Duration.ofNanos(System.nanoTime() - started));
                sink.accept(result);
            }
            // A wall clock stepped back would make the time spent negative and the pause longer than the interval:
            // the bus would fall silent for as long as the step, without a single failed poll to show for it.
            Duration spent = Duration.between(cycleStart, clock.instant());
            Duration rest = spent.isNegative() ? interval : interval.minus(spent);
            try {
                if (!rest.isNegative() && !rest.isZero()) {
                    pacer.sleep(rest);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    PollResult pollOnce(MeterReader reader) {
        Instant at = clock.instant();
        try {
            return reader.read(at);
        } catch (MeterException e) {
            LOG.debug("Bus {} bay {}: {} ({})", busId, reader.bayId(), e.getMessage(), e.kind());
            return new PollFailure(reader.bayId(), at, e.kind(), e.getMessage());
        } catch (RuntimeException e) {
            // A bug in one meter's decoding must not stop the bus: report it as that bay's fault.
            LOG.warn("Bus {} bay {}: unexpected error while reading the meter", busId, reader.bayId(), e);
            return new PollFailure(reader.bayId(), at, FaultKind.GARBAGE, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
        LOG.info("Bus {}: stopped", busId);
    }
}
