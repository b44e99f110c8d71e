package com.clipdesk.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what another thread or node does a moment later (an index agent, a cache refresh). */
public final class Await {

    private Await() {}

    /** Polls every 50 ms until {@code condition} holds; fails naming {@code what} after {@code timeout}. */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
