package com.clipdesk.delivery;

/** Where a webhook subscription stands. */
public enum WebhookState {
    /** Delivering; the last attempt succeeded (or none failed yet). */
    ACTIVE,
    /** Stopped by staff: nothing is delivered, the cursor waits; resume continues where it stopped. */
    PAUSED,
    /** Several consecutive attempts failed; still retried with backoff, back to ACTIVE on the first success. */
    FAILING
}
