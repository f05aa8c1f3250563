package io.chargedesk.collector;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * How much more the spill journal and the set-aside rows may write: what is left of their cap, and never into the
 * disk's free-space margin. Counts the raw readings left out once there was no room.
 */
final class DiskBudget {

    private final SpillSettings settings;
    private final LongSupplier used;
    private final Clock clock;
    private long readingsLeftOut;
    private Optional<Instant> fullSince = Optional.empty();

    /** @param used what the files take now */
    DiskBudget(SpillSettings settings, LongSupplier used, Clock clock) {
        this.settings = settings;
        this.used = used;
        this.clock = clock;
    }

    /** Bytes that may still be written. */
    long room() {
        long cap = settings.maxBytes() - used.getAsLong();
        long disk = settings.folder().toFile().getUsableSpace() - settings.freeDiskMargin();
        return Math.max(0, Math.min(cap, disk));
    }

    /** What the files may take in all, now: their cap, or less when the disk is nearly full. */
    long allowed() {
        return used.getAsLong() + room();
    }

    long used() {
        return used.getAsLong();
    }

    /** Counts readings that were not kept for want of room. */
    void leftOut(int readings) {
        if (readings > 0) {
            readingsLeftOut += readings;
            fullSince = fullSince.or(() -> Optional.of(clock.instant()));
        }
    }

    long readingsLeftOut() {
        return readingsLeftOut;
    }

    /** Since when raw readings have been left out, if they have. */
    Optional<Instant> fullSince() {
        return fullSince;
    }

    /** The files have room again (they were written back): a new outage starts counting afresh. */
    void emptied() {
        fullSince = Optional.empty();
        readingsLeftOut = 0;
    }

    SpillSettings settings() {
        return settings;
    }
}
