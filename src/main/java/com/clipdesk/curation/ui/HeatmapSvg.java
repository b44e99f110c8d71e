package com.clipdesk.curation.ui;

import com.clipdesk.content.Timecode;
import com.clipdesk.curation.Heatmap;
import java.util.Locale;

/**
 * The heatmap as inline SVG, drawn on the server: one bar per time bucket (the densest second of the
 * bucket), the peaks numbered. Colours are Lumo custom properties, so light and dark mode both read.
 */
final class HeatmapSvg {

    static final int WIDTH = 1000;
    static final int HEIGHT = 180;
    private static final int AXIS = 22;
    private static final int MAX_BUCKETS = 250;

    private HeatmapSvg() {}

    static String render(Heatmap map) {
        int duration = map.durationSeconds();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' class='cd-heatmap__svg' viewBox='0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT + AXIS).append("' role='img' aria-label='")
                .append("Clip density along ").append(escape(map.episodeLabel())).append(": ").append(map.momentCount())
                .append(" Moments, at most ").append(map.max()).append(" on one second'>");
        svg.append("<rect x='0' y='0' width='").append(WIDTH).append("' height='").append(HEIGHT)
                .append("' style='fill: var(--lumo-contrast-5pct)'/>");
        int max = Math.max(1, map.max());
        if (duration > 0) {
            int buckets = Math.min(MAX_BUCKETS, duration);
            double bucketWidth = (double) WIDTH / buckets;
            for (int b = 0; b < buckets; b++) {
                int from = (int) ((long) b * duration / buckets);
                int to = (int) ((long) (b + 1) * duration / buckets);
                int peak = 0;
                for (int s = from; s < Math.max(to, from + 1) && s < duration; s++) {
                    peak = Math.max(peak, map.density()[s]);
                }
                if (peak == 0) {
                    continue;
                }
                double h = (double) peak / max * (HEIGHT - 8);
                double opacity = 0.35 + 0.65 * peak / max;
                svg.append(String.format(Locale.ROOT,
                        "<rect x='%.2f' y='%.2f' width='%.2f' height='%.2f' style='fill: var(--lumo-primary-text-color); "
                                + "fill-opacity: %.2f'><title>%s: %d Moments</title></rect>",
                        b * bucketWidth, HEIGHT - h, Math.max(1, bucketWidth - 0.5), h, opacity,
                        Timecode.range(from, Math.max(to, from + 1)), peak));
            }
            int n = 1;
            for (Heatmap.PeakView p : map.peaks()) {
                double x = (p.second() + 0.5) * WIDTH / duration;
                svg.append(String.format(Locale.ROOT, "<line x1='%.2f' x2='%.2f' y1='0' y2='%d' "
                        + "style='stroke: var(--lumo-error-color); stroke-width: 1.5; stroke-dasharray: 4 3'/>", x, x, HEIGHT));
                svg.append(String.format(Locale.ROOT, "<text x='%.2f' y='14' text-anchor='middle' "
                        + "style='fill: var(--lumo-error-text-color); font-size: 13px; font-weight: 600'>%d</text>",
                        Math.min(WIDTH - 8, Math.max(8, x + 9)), n++));
            }
            for (int tick = 0; tick <= 4; tick++) {
                int second = duration * tick / 4;
                svg.append(String.format(Locale.ROOT, "<text x='%.2f' y='%d' text-anchor='%s' style='fill: "
                        + "var(--lumo-secondary-text-color); font-size: 12px'>%s</text>", (double) second * WIDTH / duration,
                        HEIGHT + 16, tick == 0 ? "start" : tick == 4 ? "end" : "middle", Timecode.of(second)));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
