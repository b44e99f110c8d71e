package com.clipdesk.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The clip density of an episode: overlaps, spans outside the episode, nothing, and many Moments. */
class ClipDensityTest {

    private static int[] ones(int n) {
        int[] w = new int[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    @Test
    void overlappingClipsAddUpPerSecond() {
        int[] d = ClipDensity.of(10, new int[] {1, 3, 3}, new int[] {5, 6, 4}, ones(3));
        assertThat(d).containsExactly(0, 1, 1, 3, 2, 1, 0, 0, 0, 0);
    }

    @Test
    void spansAreClampedToTheEpisode() {
        int[] d = ClipDensity.of(5, new int[] {-3, 3, 7, 2}, new int[] {2, 99, 9, 2}, ones(4));
        assertThat(d).as("before 0 and past the end clamp; outside or empty spans count nowhere")
                .containsExactly(1, 1, 0, 1, 1);
    }

    @Test
    void emptyEpisodeOrNoMoments() {
        assertThat(ClipDensity.of(0, new int[] {0}, new int[] {10}, ones(1))).isEmpty();
        assertThat(ClipDensity.of(4, new int[0], new int[0], new int[0])).containsExactly(0, 0, 0, 0);
        assertThat(ClipDensity.peaks(new int[] {0, 0, 0}, 5, 1)).isEmpty();
    }

    @Test
    void weightsStandForManyMomentsAndHugeCountsSaturateInsteadOfOverflowing() {
        int[] d = ClipDensity.of(3, new int[] {0, 1}, new int[] {3, 2}, new int[] {1_500_000_000, 700_000_000});
        assertThat(d).containsExactly(1_500_000_000, Integer.MAX_VALUE, 1_500_000_000);
    }

    @Test
    void matchesNaiveCountingOn200kRandomClips() {
        Random random = new Random(42);
        int duration = 3600;
        int n = 200_000;
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] naive = new int[duration];
        for (int i = 0; i < n; i++) {
            starts[i] = random.nextInt(duration + 40) - 20;
            ends[i] = starts[i] + 1 + random.nextInt(90);
            for (int s = Math.max(0, starts[i]); s < Math.min(duration, ends[i]); s++) {
                naive[s]++;
            }
        }
        assertThat(ClipDensity.of(duration, starts, ends, ones(n))).isEqualTo(naive);
    }

    @Test
    void peaksAreTheDensestSecondsApartWithTheirPlateau() {
        int[] d = {0, 2, 5, 5, 1, 0, 0, 4, 0, 3};
        assertThat(ClipDensity.peaks(d, 3, 3)).containsExactly(new ClipDensity.Peak(2, 5, 2, 4),
                new ClipDensity.Peak(7, 4, 7, 8));
        assertThat(ClipDensity.peaks(d, 2, 1)).as("one plateau is one peak").containsExactly(
                new ClipDensity.Peak(2, 5, 2, 4), new ClipDensity.Peak(7, 4, 7, 8));
        int[] hill = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
            9, 9, 9, 9, 9, 9, 9, 9, 2, 0};
        assertThat(ClipDensity.peaks(hill, 5, 3)).as("a wide plateau and its slopes are one peak")
                .containsExactly(new ClipDensity.Peak(9, 9, 9, 40));
        assertThat(ClipDensity.peaks(new int[] {1, 3, 1, 2, 1}, 5, 1)).as("a lower hill beside is a peak of its own")
                .containsExactly(new ClipDensity.Peak(1, 3, 1, 2), new ClipDensity.Peak(3, 2, 3, 4));
    }
}
