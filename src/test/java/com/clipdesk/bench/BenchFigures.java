package com.clipdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** What the benchmarks share: percentiles of timings, and the BENCH/RATIO lines in the ROOT locale. */
public final class BenchFigures {

    private BenchFigures() {}

    /** The nearest-rank {@code p}th percentile of {@code values}. */
    public static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** One line of the benchmark output, numbers formatted the same on every machine. */
    public static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
