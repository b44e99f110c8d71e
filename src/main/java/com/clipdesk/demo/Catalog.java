package com.clipdesk.demo;

import java.util.Arrays;
import java.util.List;

/**
 * The catalog facts the content generators need to stay consistent: episodes with their duration,
 * memorable scenes and release instant per market, and titles with popularity.
 */
final class Catalog {

    record Title(long id, String name, String kind, int firstEpisode, int episodeCount, long[] firstReleaseByMarket) {}

    /** Epoch seconds per market index in {@code releasedAt}; hot spots are second offsets. */
    record Episode(long id, int title, String label, int durationS, int[] hotSpots, double[] hotSpotWeights,
            int[] hotSpotSpreads, long[] releasedAt) {}

    private final List<Title> titles;
    private final List<Episode> episodes;
    private final double[] titlePopularity;
    /** Per market: episode indexes sorted by release in that market, and those release instants. */
    private final int[][] releaseOrder;
    private final long[][] releaseTimes;

    Catalog(List<Title> titles, List<Episode> episodes, double[] titlePopularity) {
        this.titles = List.copyOf(titles);
        this.episodes = List.copyOf(episodes);
        this.titlePopularity = titlePopularity;
        this.releaseOrder = new int[DemoMarkets.COUNT][];
        this.releaseTimes = new long[DemoMarkets.COUNT][];
        for (int m = 0; m < DemoMarkets.COUNT; m++) {
            int market = m;
            Integer[] order = new Integer[episodes.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(
                    episodes.get(a).releasedAt()[market], episodes.get(b).releasedAt()[market]));
            releaseOrder[m] = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            releaseTimes[m] = Arrays.stream(releaseOrder[m]).mapToLong(e -> episodes.get(e).releasedAt()[market]).toArray();
        }
    }

    List<Title> titles() {
        return titles;
    }

    Episode episode(int index) {
        return episodes.get(index);
    }

    /**
     * An episode released in the market by the given instant, or -1 when none is: half the time a
     * popular title's episode, otherwise a recent one (clips follow new releases).
     */
    int releasedEpisode(Dice dice, int market, long atEpochSecond) {
        int released = releasedCount(market, atEpochSecond);
        if (released == 0) {
            return -1;
        }
        if (dice.chance(0.5)) {
            for (int attempt = 0; attempt < 4; attempt++) {
                Title title = titles.get(dice.cumulative(titlePopularity));
                int episode = title.firstEpisode() + dice.between(0, title.episodeCount() - 1);
                if (episodes.get(episode).releasedAt()[market] <= atEpochSecond) {
                    return episode;
                }
            }
        }
        return releaseOrder[market][released - 1 - dice.skewed(released, 3)];
    }

    /** A title with at least one episode released in the market by the instant, or -1. */
    int releasedTitle(Dice dice, int market, long atEpochSecond) {
        for (int attempt = 0; attempt < 6; attempt++) {
            int title = dice.cumulative(titlePopularity);
            if (titles.get(title).firstReleaseByMarket()[market] <= atEpochSecond) {
                return title;
            }
        }
        int episode = releasedEpisode(dice, market, atEpochSecond);
        return episode < 0 ? -1 : episodes.get(episode).title();
    }

    private int releasedCount(int market, long atEpochSecond) {
        long[] times = releaseTimes[market];
        int low = 0;
        int high = times.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] <= atEpochSecond) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
