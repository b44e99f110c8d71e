package com.clipdesk.demo;

import java.time.Instant;

/**
 * Pseudonymous members: home market by audience size, age band, a handle in the flavour of their
 * language (unique by an id suffix) and a join date skewed to recent years.
 */
final class MemberGenerator {

    private static final long DAY = 86_400;
    private static final String[] AGE_BANDS = {"13_17", "18_24", "25_34", "35_54", "55_PLUS"};
    private static final int[] AGE_WEIGHTS = {8, 24, 32, 28, 8};
    private static final String[][] HANDLE_WORDS = {
        {"moon", "pixel", "binge", "night", "owl", "popcorn", "couch", "nova", "echo", "ginger", "rainy", "indigo"},
        {"luna", "gato", "sol", "cielo", "nube", "fuego", "mar", "estrella", "cafe", "trueno"},
        {"saudade", "gato", "sol", "brisa", "mar", "lua", "pipoca", "samba", "caju", "estrela"},
        {"lune", "chat", "ciel", "plume", "etoile", "brume", "cafe", "velours", "orage", "reve"},
        {"mond", "katze", "himmel", "nebel", "stern", "kaffee", "fuchs", "wolke", "blitz", "traum"},
        {"sakura", "neko", "hoshi", "sora", "yuki", "kumo", "tsuki", "hikari", "kaze", "mochi"},
        {"haru", "byeol", "dal", "bada", "nabi", "kkot", "haneul", "bom", "sori", "gureum"}
    };

    private final Dice dice;
    private final long anchor;

    MemberGenerator(Dice dice, Instant anchor) {
        this.dice = dice;
        this.anchor = anchor.getEpochSecond();
    }

    Members generate(int count, RowSink sink) {
        byte[] market = new byte[count];
        byte[] language = new byte[count];
        long[] joinedAt = new long[count];
        int[] weights = DemoMarkets.memberWeights();
        for (int i = 0; i < count; i++) {
            market[i] = (byte) dice.weighted(weights);
            language[i] = (byte) writingLanguage(market[i]);
            joinedAt[i] = anchor - (long) (3285 * Math.pow(dice.uniform(), 1.6) * DAY) - dice.between(3600, 30 * 86_400);
            String[] words = HANDLE_WORDS[language[i]];
            String handle = dice.pick(words) + (dice.chance(0.5) ? "_" : "") + dice.pick(words) + "_"
                    + Long.toString(Members.id(i), 36);
            sink.add(DemoTable.MEMBER, Members.id(i), handle, DemoMarkets.get(market[i]).code(),
                    AGE_BANDS[dice.weighted(AGE_WEIGHTS)], Instant.ofEpochSecond(joinedAt[i]));
        }
        return new Members(market, language, joinedAt, dice.permutation(count));
    }

    /** 92% the market's language; English for the rest, or Spanish/another for English markets. */
    private int writingLanguage(int market) {
        int own = DemoMarkets.languageIndexOf(market);
        if (dice.chance(0.92)) {
            return own;
        }
        if (own != 0) {
            return 0;
        }
        return dice.chance(0.6) ? 1 : dice.between(2, DemoMarkets.LANGUAGES.size() - 1);
    }
}
