package com.clipdesk.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.strike.StrikeSettings.Threshold;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up checks of clipdesk.strikes.* and which threshold a count reaches. */
class StrikeSettingsTest {

    private static final Threshold WARN = new Threshold(2, "WARNING", "Formal warning", Duration.ofDays(30),
            RestrictionMode.RECOMMEND);
    private static final Threshold PAUSE = new Threshold(3, "SHARING_PAUSED", "Sharing paused for 7 days",
            Duration.ofDays(7), RestrictionMode.RECOMMEND);
    private static final Threshold SUSPEND = new Threshold(5, "SHARING_SUSPENDED", "Sharing suspended",
            Duration.ofDays(30), RestrictionMode.APPLY);

    @Test
    void theHighestThresholdReachedAppliesAndTheNextIsTheFirstAbove() {
        var settings = new StrikeSettings(Duration.ofDays(90), List.of(WARN, PAUSE, SUSPEND));
        assertThat(settings.reachedAt(1)).isNull();
        assertThat(settings.reachedAt(2)).isEqualTo(WARN);
        assertThat(settings.reachedAt(4)).isEqualTo(PAUSE);
        assertThat(settings.reachedAt(9)).isEqualTo(SUSPEND);
        assertThat(settings.nextAbove(2)).isEqualTo(PAUSE);
        assertThat(settings.nextAbove(5)).isNull();
        assertThat(new StrikeSettings(Duration.ofDays(1), null).thresholds()).isEmpty();
    }

    @Test
    void badSettingsAreRefusedWithTheKeyAtFault() {
        assertThatThrownBy(() -> new StrikeSettings(Duration.ZERO, List.of()))
                .hasMessageContaining("clipdesk.strikes.expiry must be a positive duration");
        assertThatThrownBy(() -> new StrikeSettings(Duration.ofDays(90), List.of(PAUSE, WARN)))
                .hasMessageContaining("clipdesk.strikes.thresholds[1].strikes").hasMessageContaining("ascending");
        assertThatThrownBy(() -> new StrikeSettings(Duration.ofDays(90), List.of(WARN, WARN)))
                .hasMessageContaining("thresholds[1].strikes");
        assertThatThrownBy(() -> new StrikeSettings(Duration.ofDays(90), List.of(new Threshold(0, "X", "X",
                Duration.ofDays(1), RestrictionMode.APPLY)))).hasMessageContaining("thresholds[0].strikes must be at least 1");
        assertThatThrownBy(() -> new StrikeSettings(Duration.ofDays(90), List.of(new Threshold(2, "X", "X",
                Duration.ofDays(-1), RestrictionMode.APPLY)))).hasMessageContaining("thresholds[0].duration must be a positive");
        assertThatThrownBy(() -> new StrikeSettings(Duration.ofDays(90), List.of(new Threshold(2, " ", "X",
                Duration.ofDays(1), RestrictionMode.APPLY)))).hasMessageContaining("needs a code");
    }
}
