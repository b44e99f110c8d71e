package com.clipdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The audit verification's lock durations follow its interval, however the interval is written. */
class JobLocksTest {

    @Test
    void heldForNineTenthsOfTheIntervalAfterARun() {
        assertThat(JobLocks.mostOf("PT1H")).isEqualTo("PT54M");
        assertThat(JobLocks.mostOf("1h")).isEqualTo("PT54M");
        assertThat(JobLocks.mostOf("3600000")).as("milliseconds, as @Scheduled reads a bare number").isEqualTo("PT54M");
        assertThat(JobLocks.mostOf("PT10M")).isEqualTo("PT9M");
    }

    @Test
    void aCrashedNodesLockLapsesAfterTwoIntervals() {
        assertThat(JobLocks.twice("PT1H")).isEqualTo("PT2H");
        assertThat(JobLocks.twice("30m")).isEqualTo("PT1H");
    }

    @Test
    void anUnreadableIntervalIsRefused() {
        assertThatThrownBy(() -> JobLocks.mostOf("hourly")).isInstanceOf(IllegalArgumentException.class);
    }
}
