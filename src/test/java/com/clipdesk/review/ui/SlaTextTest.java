package com.clipdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaTextTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void timeLeftInHoursAndMinutesThenDays() {
        assertThat(SlaText.of(NOW.plus(Duration.ofMinutes(130)), NOW)).isEqualTo("2 h 10 min left");
        assertThat(SlaText.of(NOW.plus(Duration.ofMinutes(25)), NOW)).isEqualTo("25 min left");
        assertThat(SlaText.of(NOW.plusSeconds(20), NOW)).isEqualTo("1 min left");
        assertThat(SlaText.of(NOW.plus(Duration.ofHours(27)), NOW)).isEqualTo("1 d 3 h left");
    }

    @Test
    void overdueInWholeHoursOnceAnHourLate() {
        assertThat(SlaText.of(NOW.minus(Duration.ofMinutes(190)), NOW)).isEqualTo("overdue 3 h");
        assertThat(SlaText.of(NOW.minus(Duration.ofMinutes(12)), NOW)).isEqualTo("overdue 12 min");
        assertThat(SlaText.of(NOW.minus(Duration.ofDays(2)), NOW)).isEqualTo("overdue 2 d");
        assertThat(SlaText.of(NOW.minus(Duration.ofHours(24 * 647 + 15)), NOW)).as("fits the column")
                .isEqualTo("overdue 647 d");
    }
}
