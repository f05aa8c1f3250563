package io.chargedesk.ui.history;

/**
 * History still being written in the background (the demo's sample year): how far it got, and a word each time it
 * gets further, so the History screen can say so and read the range again once it is all there.
 */
public interface BackgroundHistory {

    /** Days written so far. */
    int daysLoaded();

    /** Days it will have written when done. */
    int daysInAll();

    default boolean done() {
        return daysLoaded() >= daysInAll();
    }

    /** Calls {@code listener}, on any thread, each time more is written and when it is done. */
    void onProgress(Runnable listener);
}
