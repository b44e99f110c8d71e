package com.clipdesk.demo;

/**
 * What the content generators need to know about members (index i is member id i + 1): home
 * market, the language they write in, when they joined, and how active they are.
 */
final class Members {

    private final byte[] market;
    private final byte[] language;
    private final long[] joinedAt;
    /** Member indexes from most to least active: a few prolific creators, a long tail. */
    private final int[] activityOrder;
    private final int[][] byMarket;
    private final int earliest;

    Members(byte[] market, byte[] language, long[] joinedAt, int[] activityOrder) {
        this.market = market;
        this.language = language;
        this.joinedAt = joinedAt;
        this.activityOrder = activityOrder;
        int[] sizes = new int[DemoMarkets.COUNT];
        int first = 0;
        for (int i = 0; i < market.length; i++) {
            sizes[market[i]]++;
            if (joinedAt[i] < joinedAt[first]) {
                first = i;
            }
        }
        this.earliest = first;
        this.byMarket = new int[DemoMarkets.COUNT][];
        int[] filled = new int[DemoMarkets.COUNT];
        for (int m = 0; m < DemoMarkets.COUNT; m++) {
            byMarket[m] = new int[sizes[m]];
        }
        for (int i = 0; i < market.length; i++) {
            byMarket[market[i]][filled[market[i]]++] = i;
        }
    }

    static long id(int index) {
        return index + 1L;
    }

    int count() {
        return market.length;
    }

    int market(int index) {
        return market[index];
    }

    String marketCode(int index) {
        return DemoMarkets.get(market[index]).code();
    }

    /** Mostly the member's own language, sometimes English (texts are not always in one language). */
    String writingLanguage(Dice dice, int index) {
        return dice.chance(0.95) ? DemoMarkets.LANGUAGES.get(language[index]) : "en";
    }

    long joinedAt(int index) {
        return joinedAt[index];
    }

    /** A member who had joined by the instant, favouring prolific ones (power > 1 = more skew). */
    int active(Dice dice, long atEpochSecond, double power) {
        for (int attempt = 0; attempt < 30; attempt++) {
            int index = activityOrder[dice.skewed(activityOrder.length, power)];
            if (joinedAt[index] <= atEpochSecond) {
                return index;
            }
        }
        return earliest;
    }

    /** Someone from the market (any member when the market has none) who had joined by then. */
    int inMarket(Dice dice, int marketIndex, long atEpochSecond, int notThisOne) {
        int[] pool = byMarket[marketIndex].length > 0 ? byMarket[marketIndex] : activityOrder;
        for (int attempt = 0; attempt < 20; attempt++) {
            int index = pool[dice.between(0, pool.length - 1)];
            if (index != notThisOne && joinedAt[index] <= atEpochSecond) {
                return index;
            }
        }
        return notThisOne != earliest ? earliest : activityOrder[activityOrder[0] == earliest ? 1 : 0];
    }
}
