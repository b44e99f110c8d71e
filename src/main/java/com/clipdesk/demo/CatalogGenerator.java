package com.clipdesk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Markets, titles, seasons, episodes and per-market releases. Titles premiere over the last six
 * years (a few in the coming weeks); seasons follow yearly, either all episodes at once or weekly.
 * Global originals release the same day everywhere; licensed titles reach other markets days to
 * months later, so some episodes are still in the future in some markets.
 */
final class CatalogGenerator {

    private static final long DAY = 86_400;
    private static final String[] KINDS = {"SERIES", "FILM", "DOCUMENTARY", "ANIME"};
    private static final int[] KIND_WEIGHTS = {50, 22, 13, 15};
    private static final String[] RATINGS = {"ALL", "7+", "13+", "16+", "18+"};
    private static final int[] RATING_WEIGHTS = {8, 14, 36, 26, 16};
    private static final int[] DOCUMENTARY_RATING_WEIGHTS = {25, 25, 35, 12, 3};
    private static final String[] LANGUAGES = {"en", "ko", "es", "ja", "fr", "de", "pt"};
    private static final int[] LANGUAGE_WEIGHTS = {55, 12, 10, 4, 6, 6, 7};

    private final Dice dice;
    private final long anchorDay;

    CatalogGenerator(Dice dice, Instant anchor) {
        this.dice = dice;
        this.anchorDay = Math.floorDiv(anchor.getEpochSecond(), DAY);
    }

    Catalog generate(int titleCount, RowSink sink) {
        for (DemoMarkets.Market market : DemoMarkets.ALL) {
            sink.add(DemoTable.MARKET, market.code(), market.name(), market.locale(), market.timeZone(), 0L);
        }
        int[] nameOrder = dice.permutation(TitleNames.titleCount());
        int[] popularityRank = dice.permutation(titleCount);
        double[] cumulativePopularity = new double[titleCount];
        List<Catalog.Title> titles = new ArrayList<>();
        List<Catalog.Episode> episodes = new ArrayList<>();
        long seasonId = 0;
        long releaseId = 0;
        for (int t = 0; t < titleCount; t++) {
            long titleId = t + 1;
            String name = TitleNames.title(t, nameOrder);
            String kind = KINDS[dice.weighted(KIND_WEIGHTS)];
            String language = kind.equals("ANIME") ? "ja" : LANGUAGES[dice.weighted(LANGUAGE_WEIGHTS)];
            String hint = TitleNames.languageHint(t, nameOrder).orElse(language);
            if (!hint.equals(language)) { // the name decides the language
                language = hint;
                if (kind.equals("ANIME")) {
                    kind = "SERIES"; // anime here is Japanese
                } else if (hint.equals("ja") && !kind.equals("FILM") && dice.chance(0.7)) {
                    kind = "ANIME";
                }
            }
            String rating = RATINGS[dice.weighted(kind.equals("DOCUMENTARY") ? DOCUMENTARY_RATING_WEIGHTS : RATING_WEIGHTS)];
            long premiereDay = anchorDay - (long) (2190 * Math.pow(dice.uniform(), 1.3)) + 30 - dice.between(0, 60);
            int[] delayDays = marketDelays(originMarket(language));
            boolean weekly = dice.chance(0.4);
            boolean film = kind.equals("FILM");
            int seasons = film ? 1 : dice.between(1, 4);
            int baseDuration = baseDurationSeconds(kind);
            sink.add(DemoTable.TITLE, titleId, name, kind, rating, language, LocalDate.ofEpochDay(premiereDay).getYear());

            int firstEpisode = episodes.size();
            long[] firstRelease = new long[DemoMarkets.COUNT];
            Arrays.fill(firstRelease, Long.MAX_VALUE);
            long seasonDay = premiereDay;
            for (int s = 1; s <= seasons; s++) {
                if (s > 1) {
                    seasonDay += dice.between(300, 420);
                    if (seasonDay > anchorDay + 90) {
                        break; // not announced yet
                    }
                }
                seasonId++;
                sink.add(DemoTable.SEASON, seasonId, titleId, s, film ? name : "Season " + s);
                int episodeCount = film ? 1 : dice.between(6, 10);
                for (int e = 1; e <= episodeCount; e++) {
                    long episodeId = episodes.size() + 1L;
                    String episodeName = film ? name : (s == 1 && e == 1 && dice.chance(0.5)) ? "Pilot" : TitleNames.episode(dice);
                    int duration = film ? baseDuration : Math.clamp(baseDuration + dice.between(-180, 180), 22 * 60, 60 * 60);
                    sink.add(DemoTable.EPISODE, episodeId, seasonId, e, episodeName, duration);
                    long originalDay = seasonDay + (weekly ? 7L * (e - 1) : 0);
                    long[] releasedAt = new long[DemoMarkets.COUNT];
                    for (int m = 0; m < DemoMarkets.COUNT; m++) {
                        releasedAt[m] = releaseInstant(originalDay, delayDays[m], m);
                        firstRelease[m] = Math.min(firstRelease[m], releasedAt[m]);
                        sink.add(DemoTable.TITLE_RELEASE, ++releaseId, episodeId, DemoMarkets.get(m).code(),
                                Instant.ofEpochSecond(releasedAt[m]));
                    }
                    episodes.add(hotSpots(episodeId, t, film ? "" : "S" + s + "E" + e, duration, releasedAt));
                }
            }
            titles.add(new Catalog.Title(titleId, name, kind, firstEpisode, episodes.size() - firstEpisode, firstRelease));
            cumulativePopularity[t] = (t == 0 ? 0 : cumulativePopularity[t - 1]) + 1 / Math.pow(popularityRank[t] + 1, 0.9);
        }
        return new Catalog(titles, episodes, cumulativePopularity);
    }

    private int baseDurationSeconds(String kind) {
        return switch (kind) {
            case "FILM" -> dice.between(85, 150) * 60;
            case "ANIME" -> dice.between(23, 26) * 60;
            case "DOCUMENTARY" -> dice.between(40, 55) * 60;
            default -> dice.chance(0.3) ? dice.between(22, 30) * 60 : dice.between(40, 60) * 60;
        };
    }

    /** 3–6 memorable scenes per episode, where most clips start. */
    private Catalog.Episode hotSpots(long id, int title, String label, int duration, long[] releasedAt) {
        int count = dice.between(3, 6);
        int[] spots = new int[count];
        double[] cumulative = new double[count];
        int[] spreads = new int[count];
        for (int i = 0; i < count; i++) {
            spots[i] = dice.between(duration / 25, duration - duration / 25);
            cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + 0.2 + dice.exponential(1);
            spreads[i] = dice.between(3, 12);
        }
        return new Catalog.Episode(id, title, label, duration, spots, cumulative, spreads, releasedAt);
    }

    private static int originMarket(String language) {
        for (int m = 0; m < DemoMarkets.COUNT; m++) {
            if (DemoMarkets.get(m).language().equals(language)) {
                return m; // US for English, MX before ES for Spanish
            }
        }
        return 0;
    }

    /** Days after the original release per market: global originals 0 everywhere. */
    private int[] marketDelays(int origin) {
        int[] delays = new int[DemoMarkets.COUNT];
        if (dice.chance(0.55)) {
            return delays;
        }
        for (int m = 0; m < DemoMarkets.COUNT; m++) {
            if (m == origin) {
                continue;
            }
            delays[m] = switch (dice.weighted(new int[] {35, 30, 28, 7})) {
                case 0 -> 0;
                case 1 -> dice.between(1, 21);
                case 2 -> dice.between(30, 180);
                default -> dice.between(200, 400);
            };
        }
        return delays;
    }

    /** Same-day releases go out together at 08:00 UTC; delayed ones at 18:00 local time. */
    private static long releaseInstant(long originalDay, int delayDays, int market) {
        if (delayDays == 0) {
            return originalDay * DAY + 8 * 3600;
        }
        ZoneId zone = ZoneId.of(DemoMarkets.get(market).timeZone());
        return LocalDate.ofEpochDay(originalDay + delayDays).atTime(18, 0).atZone(zone).toEpochSecond();
    }
}
