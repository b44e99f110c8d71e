package com.clipdesk.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: after the n-th consecutive failure wait base·2^(n-1) (1 s, 2 s,
 * 4 s … with base 1 s), times a random factor in [0.8, 1.2] so consumers that failed together do not
 * retry together, capped at {@code max}.
 */
record Backoff(Duration base, Duration max) {

    Duration after(int failures) {
        int exponent = Math.max(0, Math.min(30, failures - 1));
        double millis = base.toMillis() * Math.pow(2, exponent) * ThreadLocalRandom.current().nextDouble(0.8, 1.2);
        return Duration.ofMillis((long) Math.min(max.toMillis(), millis));
    }
}
