package com.clipdesk.dashboard.ui;

import com.clipdesk.dashboard.DashboardFigures.FeaturedShares;
import java.util.List;
import java.util.Locale;

/** Featured Moments' share counts as horizontal bars, one colour per market (inline SVG, as {@link ChartSvg}). */
final class FeaturedSvg {

    private static final int WIDTH = 900;
    private static final int ROW = 22;
    private static final int LABEL = 330;

    private FeaturedSvg() {}

    static String render(List<FeaturedShares> rows) {
        long max = Math.max(1, rows.stream().mapToLong(FeaturedShares::shares).max().orElse(1));
        List<String> markets = rows.stream().map(FeaturedShares::market).distinct().toList();
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='cd-chart' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(rows.size() * ROW + 8)
                .append("' role='img' aria-label='Share counts of featured Moments' "
                        + "style='font-family: var(--lumo-font-family); font-size: 12px'>");
        for (int i = 0; i < rows.size(); i++) {
            FeaturedShares f = rows.get(i);
            int y = 4 + i * ROW;
            // the Moment's id before its title: a board often features several Moments of one title
            String label = f.market() + " · " + f.surface() + " · #" + f.momentId() + " " + f.title();
            double w = (double) f.shares() / max * (WIDTH - LABEL - 70);
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end' style='fill: "
                            + "var(--lumo-body-text-color)'>%s</text>", LABEL - 8, y + 14,
                    ChartSvg.escape(label.length() > 52 ? label.substring(0, 51) + "…" : label)));
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='%d' rx='2' fill='%s'>"
                            + "<title>%s: %,d shares</title></rect>", LABEL, y + 3, Math.max(1, w), ROW - 6,
                    ChartSvg.PALETTE[markets.indexOf(f.market()) % ChartSvg.PALETTE.length], ChartSvg.escape(label),
                    f.shares()));
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' style='fill: var(--lumo-secondary-text-color)'>"
                    + "%,d</text>", LABEL + Math.max(1, w) + 6, y + 14, f.shares()));
        }
        return svg.append("</svg>").toString();
    }
}
