package com.clipdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the demo loader writes: how many rows of each kind, from which seed. The sizes scale to a
 * million Moments (rows are streamed in batches; only the catalog and member facts stay in memory).
 * {@code commitEvery}: 0 loads in one transaction; N > 0 commits about every N rows, for benchmark
 * sizes on H2 (see {@link DemoDataLoader}).
 */
@ConfigurationProperties("clipdesk.demo")
public record DemoDataProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("20261123") long seed,
        @DefaultValue("50") int titles,
        @DefaultValue("8000") int members,
        @DefaultValue("20000") int moments,
        @DefaultValue("5000") int submissions,
        @DefaultValue("600") int recommendations,
        @DefaultValue("300") int watchParties,
        @DefaultValue("6000") int chatMessages,
        @DefaultValue("3000") int reports,
        @DefaultValue("0") int commitEvery) {

    public DemoDataProperties {
        if (titles < 1 || members < 2) {
            throw new IllegalArgumentException("clipdesk.demo needs at least 1 title and 2 members");
        }
        if (moments < 0 || submissions < 0 || recommendations < 0 || watchParties < 0 || chatMessages < 0
                || reports < 0 || commitEvery < 0) {
            throw new IllegalArgumentException("clipdesk.demo sizes must not be negative");
        }
        if (chatMessages > 0 && watchParties == 0) {
            throw new IllegalArgumentException("clipdesk.demo.chat-messages needs at least one watch party");
        }
    }

    /** The default sizes with another seed (tests, benchmarks). */
    public static DemoDataProperties defaults(long seed) {
        return new DemoDataProperties(false, seed, 50, 8000, 20000, 5000, 600, 300, 6000, 3000, 0);
    }
}
