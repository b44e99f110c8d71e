package com.clipdesk.dashboard.ui;

import com.clipdesk.dashboard.DashboardFigures.DailyCounts;
import com.clipdesk.dashboard.DashboardFigures.Series;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Charts drawn on the server as inline SVG (no chart library, nothing to license): stacked bars and
 * lines with axes, a legend, and a {@code <title>} tooltip on every bar and point. Text and grid use
 * Lumo's custom properties; the series colours are mid-tone (Okabe–Ito) so they read on the light and
 * the dark background alike.
 */
final class ChartSvg {

    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8F7F00",
        "#999999"};
    private static final int WIDTH = 900;
    private static final int PLOT_HEIGHT = 220;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int AXIS = 40;

    /** One line: values per x position, NaN where there is no point. */
    record Line(String label, double[] values, String colour) {}

    private ChartSvg() {}

    static String stackedBars(DailyCounts counts, String what, String yLabel) {
        int n = counts.days().size();
        long max = 1;
        for (int d = 0; d < n; d++) {
            long sum = 0;
            for (Series s : counts.series()) {
                sum += s.values()[d];
            }
            max = Math.max(max, sum);
        }
        double top = niceCeiling(max);
        StringBuilder svg = open(what + ": " + counts.total() + " in " + n + " days", legendRows(counts.series().size()));
        grid(svg, top, yLabel, v -> String.format(Locale.ROOT, "%,.0f", v));
        double slot = (double) (WIDTH - LEFT - RIGHT) / n;
        double barWidth = Math.max(1, slot * 0.75);
        for (int d = 0; d < n; d++) {
            double y = TOP + PLOT_HEIGHT;
            for (int i = 0; i < counts.series().size(); i++) {
                Series s = counts.series().get(i);
                long v = s.values()[d];
                if (v == 0) {
                    continue;
                }
                double h = v / top * PLOT_HEIGHT;
                y -= h;
                svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'>"
                        + "<title>%s · %s: %,d</title></rect>", LEFT + d * slot + (slot - barWidth) / 2, y, barWidth, h,
                        PALETTE[i % PALETTE.length], counts.days().get(d), escape(s.label()), v));
            }
        }
        xLabels(svg, counts.days().stream().map(Object::toString).toList());
        legend(svg, counts.series().stream().map(Series::label).toList(), List.of(PALETTE));
        return svg.append("</svg>").toString();
    }

    static String lines(List<String> xs, List<Line> lines, String what, String yLabel, double minTop,
            DoubleFunction<String> format) {
        double max = minTop;
        for (Line l : lines) {
            for (double v : l.values()) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        double top = niceCeiling(max);
        StringBuilder svg = open(what, legendRows(lines.size()));
        grid(svg, top, yLabel, format);
        double slot = (double) (WIDTH - LEFT - RIGHT) / xs.size();
        for (Line l : lines) {
            StringBuilder path = new StringBuilder();
            StringBuilder points = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < xs.size(); i++) {
                double v = l.values()[i];
                if (Double.isNaN(v)) {
                    pen = false;
                    continue;
                }
                double x = LEFT + (i + 0.5) * slot;
                double y = TOP + PLOT_HEIGHT - v / top * PLOT_HEIGHT;
                path.append(pen ? 'L' : 'M').append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
                pen = true;
                points.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3.5' fill='%s'><title>%s · %s: %s"
                        + "</title></circle>", x, y, l.colour(), escape(xs.get(i)), escape(l.label()), escape(format.apply(v))));
            }
            svg.append("<path d='").append(path).append("' fill='none' stroke='").append(l.colour())
                    .append("' stroke-width='2'/>").append(points);
        }
        xLabels(svg, xs);
        legend(svg, lines.stream().map(Line::label).toList(), lines.stream().map(Line::colour).toList());
        return svg.append("</svg>").toString();
    }

    private static int legendRows(int entries) {
        return (entries + 3) / 4;
    }

    private static StringBuilder open(String label, int legendRows) {
        int height = TOP + PLOT_HEIGHT + AXIS + legendRows * 22;
        return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='cd-chart' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(height).append("' role='img' aria-label='").append(escape(label))
                .append("' style='font-family: var(--lumo-font-family); font-size: 12px'>");
    }

    private static void grid(StringBuilder svg, double top, String yLabel, DoubleFunction<String> format) {
        for (int t = 0; t <= 4; t++) {
            double y = TOP + PLOT_HEIGHT - t * PLOT_HEIGHT / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' style='stroke: "
                    + "var(--lumo-contrast-20pct)'/>", LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' text-anchor='end' style='fill: "
                    + "var(--lumo-secondary-text-color)'>%s</text>", LEFT - 6, y + 4, escape(format.apply(top * t / 4))));
        }
        svg.append(String.format(Locale.ROOT, "<text x='12' y='%d' transform='rotate(-90 12 %d)' text-anchor='middle' "
                + "style='fill: var(--lumo-secondary-text-color)'>%s</text>", TOP + PLOT_HEIGHT / 2, TOP + PLOT_HEIGHT / 2,
                escape(yLabel)));
    }

    private static void xLabels(StringBuilder svg, List<String> xs) {
        double slot = (double) (WIDTH - LEFT - RIGHT) / xs.size();
        int every = Math.max(1, (int) Math.ceil(xs.size() / 8.0));
        for (int i = 0; i < xs.size(); i += every) {
            String label = xs.get(i).length() == 10 ? xs.get(i).substring(5) : xs.get(i); // 2026-11-03 -> 11-03
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle' style='fill: "
                    + "var(--lumo-secondary-text-color)'>%s</text>", LEFT + (i + 0.5) * slot, TOP + PLOT_HEIGHT + 18,
                    escape(label)));
        }
    }

    private static void legend(StringBuilder svg, List<String> labels, List<String> colours) {
        int y = TOP + PLOT_HEIGHT + AXIS;
        for (int i = 0; i < labels.size(); i++) {
            int x = LEFT + (i % 4) * 210;
            int row = y + (i / 4) * 22;
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='12' height='12' rx='2' fill='%s'/>"
                    + "<text x='%d' y='%d' style='fill: var(--lumo-body-text-color)'>%s</text>", x, row - 10,
                    colours.get(i % colours.size()), x + 18, row, escape(shorten(labels.get(i)))));
        }
    }

    private static String shorten(String label) {
        return label.length() > 30 ? label.substring(0, 29) + "…" : label;
    }

    /** 1, 2, 4 or 8 times a power of ten, at least {@code max}: its quarters (the grid lines) read evenly. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 4, 8, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
