package io.chargedesk.ui.tariffs;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * When the last receipt under each tariff was issued, for checking a draft as it is typed: read from the store on
 * the background executor once per tariff id, not on every keystroke on the FX thread, and kept until
 * {@link #forget}. Used on the UI thread only.
 */
final class LastReceipts {

    /** Where it is read (the database in the app). */
    @FunctionalInterface
    interface Source {
        Optional<Instant> lastReceiptIssued(String tariffId) throws Exception;
    }

    /** What was read for a tariff: the last receipt's time, or why it could not be read. */
    record Known(Optional<Instant> lastIssued, Optional<String> failure) {}

    private final Source source;
    private final Executor background;
    private final Executor ui;
    private final Map<String, Known> known = new HashMap<>();
    private final Set<String> reading = new HashSet<>();
    /** Counts {@link #forget}s, so that an answer read before one is not kept after it. */
    private long generation;

    LastReceipts(Source source, Executor background, Executor ui) {
        this.source = source;
        this.background = background;
        this.ui = ui;
    }

    /**
     * What is known for {@code tariffId}; empty while it is read, and {@code whenRead} runs on the UI executor once
     * it is known.
     */
    Optional<Known> of(String tariffId, Runnable whenRead) {
        Known k = known.get(tariffId);
        if (k != null) {
            if (k.failure().isPresent()) {
                // Told once: the next check reads again, so a database that is back is noticed.
                known.remove(tariffId);
            }
            return Optional.of(k);
        }
        if (reading.add(tariffId)) {
            long asked = generation;
            background.execute(() -> {
                Known read;
                try {
                    read = new Known(source.lastReceiptIssued(tariffId), Optional.empty());
                } catch (Exception e) {
                    read = new Known(Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
                }
                Known answer = read;
                ui.execute(() -> {
                    if (asked == generation) {
                        reading.remove(tariffId);
                        known.put(tariffId, answer);
                        whenRead.run();
                    }
                });
            });
        }
        return Optional.empty();
    }

    /** Reads every tariff's answer again when next asked: a receipt may have been issued meanwhile. */
    void forget() {
        generation++;
        known.clear();
        reading.clear();
    }
}
