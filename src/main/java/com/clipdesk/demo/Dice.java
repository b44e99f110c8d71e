package com.clipdesk.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The random draws the generators need, over one seeded stream (same seed, same draws). */
final class Dice {

    private static final char[] URL_SAFE =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A stream for one part of the data set, so that resizing one part leaves the others alone. */
    static Dice forPart(long seed, String part) {
        return new Dice(seed * 1_000_003L + part.hashCode());
    }

    double uniform() {
        return random.nextDouble();
    }

    /** Inclusive bounds. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    long between(long low, long high) {
        return low + random.nextLong(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** An index in [0, n) that favours small values: u^power scaled (power 1 = uniform). */
    int skewed(int n, double power) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), power)));
    }

    /** Heavy-tailed count >= 0 (Pareto with the given shape, scaled). */
    int pareto(double scale, double shape, int cap) {
        double value = scale * (Math.pow(1 - random.nextDouble(), -1 / shape) - 1);
        return (int) Math.min(cap, Math.floor(value));
    }

    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Index drawn from cumulative weights (ascending, last = total). */
    int cumulative(double[] cumulative) {
        double roll = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > roll) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    String urlSafeToken(int length) {
        return chars(URL_SAFE, length);
    }

    String hex(int length) {
        return chars(HEX, length);
    }

    private String chars(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(out);
    }

    /** In-place Fisher-Yates shuffle of 0..n-1. */
    int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
