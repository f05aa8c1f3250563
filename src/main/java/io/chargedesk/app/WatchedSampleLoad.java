package io.chargedesk.app;

import io.chargedesk.ui.history.BackgroundHistory;
import io.chargedesk.usecase.port.StoreException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's sample history as another program loads it into the database this console watches: its progress is the
 * write marks that program commits with each week ({@link SampleHistory#watch}), read again by {@link #read} on the
 * watch's thread, so the History screen says how far it has got as it does on the collecting console.
 */
public final class WatchedSampleLoad implements BackgroundHistory {

    private static final Logger LOG = LoggerFactory.getLogger(WatchedSampleLoad.class);

    /** Reads how many weeks are loaded. */
    @FunctionalInterface
    interface Weeks {
        int loaded() throws StoreException;
    }

    private final Weeks weeks;
    private final int days;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile int loaded;

    WatchedSampleLoad(Weeks weeks, int days) throws StoreException {
        this.weeks = weeks;
        this.days = days;
        this.loaded = weeks.loaded();
    }

    @Override
    public int daysLoaded() {
        return SampleLoad.daysLoaded(days, loaded);
    }

    @Override
    public int daysInAll() {
        return days;
    }

    @Override
    public void onProgress(Runnable listener) {
        listeners.add(listener);
    }

    /** Reads the marks again and tells the listeners when more weeks are in. */
    void read() {
        if (done()) {
            return;
        }
        try {
            int now = weeks.loaded();
            if (now != loaded) {
                loaded = now;
                listeners.forEach(Runnable::run);
            }
        } catch (StoreException e) {
            LOG.debug("Cannot read how far the sample history is loaded, trying again: {}", e.getMessage());
        }
    }
}
