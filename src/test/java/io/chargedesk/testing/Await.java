package io.chargedesk.testing;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something a background thread will make true; a generous bound only guards against a hang. */
public final class Await {

    private Await() {}

    public static void until(String what, Duration atMost, BooleanSupplier condition) throws InterruptedException {
        until(what, atMost, condition, () -> "");
    }

    public static void until(String what, Duration atMost, BooleanSupplier condition, Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting for " + what + " " + state.get());
            }
            Thread.sleep(10);
        }
    }
}
