package io.chargedesk.app;

import io.chargedesk.usecase.port.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's sample history as another program loads it into the database this console watches: its progress is the
 * write marks that program commits with each week ({@link SampleHistory#watch}), read again by {@link #read} on the
 * watch's thread, so the History screen says how far it has got as it does on the collecting console.
 */
public final class WatchedSampleLoad extends SampleWeeks {

    private static final Logger LOG = LoggerFactory.getLogger(WatchedSampleLoad.class);

    /** Reads how many weeks are loaded. */
    @FunctionalInterface
    interface Marks {
        int weeksLoaded() throws StoreException;
    }

    private final Marks marks;

    WatchedSampleLoad(Marks marks, int days) throws StoreException {
        super(days, marks.weeksLoaded());
        this.marks = marks;
    }

    /** Reads the marks again and tells the listeners when more weeks are in. */
    void read() {
        if (done()) {
            return;
        }
        try {
            int now = marks.weeksLoaded();
            if (now != weeksLoaded()) {
                weeksLoaded(now);
                tell();
            }
        } catch (StoreException e) {
            LOG.debug("Cannot read how far the sample history is loaded, trying again: {}", e.getMessage());
        }
    }
}
