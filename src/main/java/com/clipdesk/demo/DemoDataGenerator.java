package com.clipdesk.demo;

import java.time.Instant;

/**
 * Generates the whole demo data set into a {@link RowSink}, table by table in foreign-key order,
 * with explicit ids from 1. Deterministic: the same properties (seed, sizes) and anchor give the
 * same rows; each part draws from its own seeded stream, so resizing one part leaves the earlier
 * ones unchanged. Dates are relative to the anchor ("now"), so the data always looks current.
 */
public final class DemoDataGenerator {

    private final DemoDataProperties sizes;
    private final Instant anchor;

    public DemoDataGenerator(DemoDataProperties sizes, Instant anchor) {
        this.sizes = sizes;
        this.anchor = anchor;
    }

    public void generate(RowSink sink) {
        Texts texts = new Texts(TextCorpus.load());
        Catalog catalog = new CatalogGenerator(dice("catalog"), anchor).generate(sizes.titles(), sink);
        Members members = new MemberGenerator(dice("members"), anchor).generate(sizes.members(), sink);
        ReportPlan plan = ReportPlan.draw(dice("report-plan"), sizes);
        new MomentGenerator(dice("moments"), anchor, catalog, members, texts, plan).generate(sizes.moments(), sink);
        new FandomGenerator(dice("fandom"), anchor, catalog, members, texts, plan).generate(sizes.submissions(), sink);
        new RecommendationGenerator(dice("recommendations"), anchor, catalog, members, texts, plan)
                .generate(sizes.recommendations(), sink);
        new WatchPartyGenerator(dice("watch-parties"), anchor, catalog, members, texts, plan)
                .generate(sizes.watchParties(), sizes.chatMessages(), sink);
        new ReportGenerator(dice("reports"), anchor, members, texts, plan).generate(sink);
    }

    private Dice dice(String part) {
        return Dice.forPart(sizes.seed(), part);
    }
}
