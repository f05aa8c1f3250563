package io.chargedesk.app;

import io.chargedesk.ui.history.BackgroundHistory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The demo's sample year as it is loaded a week at a time, the newest week first: how many of its days are in, for
 * the History screen. The oldest week is the only one that may be short: the weeks count from the first day.
 */
abstract class SampleWeeks implements BackgroundHistory {

    private final int days;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Weeks loaded so far, the newest first. */
    private volatile int loaded;

    SampleWeeks(int days, int loaded) {
        this.days = days;
        this.loaded = loaded;
    }

    @Override
    public int daysLoaded() {
        return loaded == 0 ? 0 : Math.max(0, days - (weeks() - loaded) * SampleHistory.WEEK);
    }

    @Override
    public int daysInAll() {
        return days;
    }

    @Override
    public void onProgress(Runnable listener) {
        listeners.add(listener);
    }

    final int weeks() {
        return (days - 1) / SampleHistory.WEEK + 1;
    }

    final int weeksLoaded() {
        return loaded;
    }

    final void weeksLoaded(int weeks) {
        loaded = weeks;
    }

    /** Tells the listeners that more is loaded. */
    final void tell() {
        listeners.forEach(Runnable::run);
    }
}
