package com.clipdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyBucketsTest {

    @Test
    void everyBucketHoldsExactlyTheSecondsBetweenItsBounds() {
        for (int b = 1; b < LatencyBuckets.LAST; b++) {
            long first = (long) Math.ceil(LatencyBuckets.lower(b));
            long next = (long) Math.ceil(LatencyBuckets.lower(b + 1));
            if (first < next) {
                assertThat(LatencyBuckets.of(Duration.ofSeconds(first))).as("first second of bucket %d", b).isEqualTo(b);
                assertThat(LatencyBuckets.of(Duration.ofSeconds(next - 1))).as("last second of bucket %d", b).isEqualTo(b);
            }
        }
        assertThat(LatencyBuckets.of(Duration.ofMillis(999))).isZero();
        assertThat(LatencyBuckets.of(Duration.ofSeconds(-5))).isZero();
        assertThat(LatencyBuckets.of(Duration.ofDays(3650))).isEqualTo(LatencyBuckets.LAST);
    }

    @Test
    void medianAndP90FromTheCountsAreWithinTheStatedBoundOfTheExactValues() {
        Random random = new Random(42);
        for (int sample = 0; sample < 200; sample++) {
            int n = 1 + random.nextInt(500);
            List<Long> seconds = new ArrayList<>();
            long[] counts = new long[LatencyBuckets.LAST + 1];
            for (int i = 0; i < n; i++) {
                // log-uniform from a second to 60 days, as waits for a decision spread
                long s = (long) Math.exp(random.nextDouble() * Math.log(60 * 86400.0));
                seconds.add(Math.max(1, s));
                counts[LatencyBuckets.of(Duration.ofSeconds(Math.max(1, s)))]++;
            }
            Collections.sort(seconds);
            for (double p : new double[] {0.5, 0.9}) {
                double exact = seconds.get((int) Math.ceil(p * n) - 1);
                double estimate = LatencyBuckets.quantile(counts, p);
                assertThat(estimate / exact).as("p%.0f of %d times", p * 100, n)
                        .isCloseTo(1.0, within(LatencyBuckets.ERROR_PERCENT / 100));
            }
        }
    }

    @Test
    void noCountsNoQuantile() {
        assertThat(LatencyBuckets.quantile(new long[LatencyBuckets.LAST + 1], 0.5)).isNaN();
    }
}
