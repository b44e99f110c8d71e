package com.clipdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.demo.CollectedRows.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final DemoDataProperties SIZES =
            new DemoDataProperties(false, 7, 20, 2000, 8000, 1000, 200, 50, 1500, 1200, 0);

    private static CollectedRows rows;
    private static Map<Long, Row> episodes;
    private static Map<String, Instant> releases;
    private static Map<Long, Row> members;

    @BeforeAll
    static void generate() {
        rows = new CollectedRows();
        new DemoDataGenerator(SIZES, NOW).generate(rows);
        episodes = byId(DemoTable.EPISODE);
        members = byId(DemoTable.MEMBER);
        releases = new HashMap<>();
        for (Row release : rows.of(DemoTable.TITLE_RELEASE)) {
            releases.put(release.id("episode_id") + "/" + release.text("market_code"), (Instant) release.get("released_at"));
        }
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedDifferentOnes() throws Exception {
        DemoDataProperties defaults = DemoDataProperties.defaults(20261123);
        String first = hash(defaults, NOW);
        assertThat(hash(defaults, NOW)).isEqualTo(first);
        assertThat(hash(DemoDataProperties.defaults(20261124), NOW)).isNotEqualTo(first);
    }

    @Test
    void writesEveryTableWithConsecutiveIdsFromOne() {
        for (DemoTable table : DemoTable.values()) {
            assertThat(rows.of(table)).as(table.tableName()).isNotEmpty();
            if (table.hasIdentity()) {
                List<Row> written = rows.of(table);
                for (int i = 0; i < written.size(); i++) {
                    assertThat(written.get(i).id("id")).isEqualTo(i + 1L);
                }
            }
        }
        assertThat(rows.of(DemoTable.MARKET)).extracting(r -> r.get("code"))
                .contains("US", "GB", "BR", "MX", "ES", "FR", "DE", "JP", "KR", "IN");
        assertThat(rows.of(DemoTable.MOMENT)).hasSize(SIZES.moments());
        assertThat(rows.of(DemoTable.WATCH_PARTY_MESSAGE)).hasSize(SIZES.chatMessages());
        assertThat(rows.of(DemoTable.REPORT)).hasSize(SIZES.reports());
    }

    @Test
    void catalogFollowsTheShapeOfSeriesAndFilms() {
        Map<Long, Row> seasons = byId(DemoTable.SEASON);
        Map<Long, Row> titles = byId(DemoTable.TITLE);
        Map<Long, Long> episodesPerTitle = rows.of(DemoTable.EPISODE).stream().collect(Collectors.groupingBy(
                e -> seasons.get(e.id("season_id")).id("title_id"), Collectors.counting()));
        for (Row episode : rows.of(DemoTable.EPISODE)) {
            Row title = titles.get(seasons.get(episode.id("season_id")).id("title_id"));
            int minutes = episode.integer("duration_s") / 60;
            if (title.text("kind").equals("FILM")) {
                assertThat(minutes).isBetween(85, 150);
                assertThat(episodesPerTitle.get(title.id("id"))).isEqualTo(1);
            } else {
                assertThat(minutes).isBetween(22, 60);
            }
        }
        assertThat(rows.of(DemoTable.TITLE_RELEASE)).hasSize(rows.of(DemoTable.EPISODE).size() * DemoMarkets.COUNT);
        assertThat(releases.values()).anyMatch(at -> at.isAfter(NOW)).anyMatch(at -> at.isBefore(NOW));
        long staggered = rows.of(DemoTable.EPISODE).stream()
                .filter(e -> DemoMarkets.ALL.stream().map(m -> releases.get(e.id("id") + "/" + m.code())).distinct().count() > 1)
                .count();
        assertThat(staggered).isPositive();
    }

    @Test
    void momentsLieInsideTheirEpisodeAndAreVisibleOnlyWhereReleased() {
        Map<Long, Set<String>> markets = marketsOf(DemoTable.MOMENT_MARKET, "moment_id");
        for (Row moment : rows.of(DemoTable.MOMENT)) {
            int start = moment.integer("start_s");
            int end = moment.integer("end_s");
            Row episode = episodes.get(moment.id("episode_id"));
            assertThat(start).isNotNegative();
            assertThat(end - start).isBetween(5, 60);
            assertThat(end).isLessThanOrEqualTo(episode.integer("duration_s"));
            Set<String> visible = markets.get(moment.id("id"));
            assertThat(visible).contains(members.get(moment.id("creator_id")).text("home_market"));
            for (String market : visible) {
                assertThat(releases.get(moment.id("episode_id") + "/" + market)).isBeforeOrEqualTo(NOW);
            }
            String home = members.get(moment.id("creator_id")).text("home_market");
            assertThat(releases.get(moment.id("episode_id") + "/" + home)).isBeforeOrEqualTo((Instant) moment.get("created_at"));
        }
    }

    @Test
    void momentsClusterAroundMemorableScenes() {
        Map<Long, List<Row>> byEpisode = rows.of(DemoTable.MOMENT).stream().collect(Collectors.groupingBy(m -> m.id("episode_id")));
        List<Row> busiest = byEpisode.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        int duration = episodes.get(busiest.getFirst().id("episode_id")).integer("duration_s");
        int[] perTenSeconds = new int[duration / 10 + 1];
        for (Row moment : busiest) {
            perTenSeconds[moment.integer("start_s") / 10]++;
        }
        double average = (double) busiest.size() / perTenSeconds.length;
        int peak = Arrays.stream(perTenSeconds).max().orElseThrow();
        assertThat(peak / average).as("peak over average density").isGreaterThan(8);
    }

    @Test
    void creatorsAndSharesAreSkewed() {
        Map<Long, Long> perCreator = rows.of(DemoTable.MOMENT).stream()
                .collect(Collectors.groupingBy(m -> m.id("creator_id"), Collectors.counting()));
        long top = perCreator.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(top).isGreaterThan(10L * SIZES.moments() / SIZES.members());
        int[] shares = rows.of(DemoTable.MOMENT).stream().mapToInt(m -> m.integer("share_count")).sorted().toArray();
        assertThat(shares[shares.length - 1]).isGreaterThan(50 * Math.max(1, shares[shares.length / 2]));
    }

    @Test
    void reportsMatchTheirSubjects() {
        Map<String, Set<String>> subjectMarkets = new HashMap<>();
        marketsOf(DemoTable.MOMENT_MARKET, "moment_id").forEach((id, m) -> subjectMarkets.put("MOMENT/" + id, m));
        marketsOf(DemoTable.FANDOM_SUBMISSION_MARKET, "submission_id").forEach((id, m) -> subjectMarkets.put("FANDOM_SUBMISSION/" + id, m));
        rows.of(DemoTable.PRIVATE_RECOMMENDATION).forEach(r -> subjectMarkets.put("PRIVATE_RECOMMENDATION/" + r.id("id"), Set.of(r.text("market_code"))));
        Map<Long, Row> parties = byId(DemoTable.WATCH_PARTY);
        rows.of(DemoTable.WATCH_PARTY_MESSAGE).forEach(m -> subjectMarkets.put("WATCH_PARTY_MESSAGE/" + m.id("id"),
                Set.of(parties.get(m.id("party_id")).text("market_code"))));

        Map<String, Long> reportsPerSubject = new HashMap<>();
        for (Row report : rows.of(DemoTable.REPORT)) {
            String subject = report.text("subject_kind") + "/" + report.id("subject_id");
            assertThat(subjectMarkets.get(subject)).as(subject).contains(report.text("market_code"));
            reportsPerSubject.merge(subject, 1L, Long::sum);
        }
        for (Row moment : rows.of(DemoTable.MOMENT)) {
            assertThat((long) moment.integer("report_count")).isEqualTo(reportsPerSubject.getOrDefault("MOMENT/" + moment.id("id"), 0L));
        }
        for (Row submission : rows.of(DemoTable.FANDOM_SUBMISSION)) {
            assertThat((long) submission.integer("report_count"))
                    .isEqualTo(reportsPerSubject.getOrDefault("FANDOM_SUBMISSION/" + submission.id("id"), 0L));
        }
        // clustered: a minority of subjects, several of them with many reports
        assertThat(reportsPerSubject.size()).isLessThan(SIZES.reports() / 2);
        assertThat(reportsPerSubject.values()).anyMatch(n -> n >= 10);
        var openReports = rows.of(DemoTable.REPORT).stream().filter(r -> r.get("status").equals("OPEN")).toList();
        double open = openReports.size() / (double) SIZES.reports();
        assertThat(open).as("the review backlog: recent reports and a few stale ones").isBetween(0.3, 0.55);
        Instant twoWeeksAgo = NOW.minus(java.time.Duration.ofDays(14));
        double recent = openReports.stream().filter(r -> ((Instant) r.get("created_at")).isAfter(twoWeeksAgo)).count()
                / (double) openReports.size();
        assertThat(recent).as("open reports are mostly from the last two weeks").isGreaterThan(0.75);
        Map<Object, Long> reasons = rows.of(DemoTable.REPORT).stream().collect(Collectors.groupingBy(r -> r.get("reason"), Collectors.counting()));
        assertThat(reasons.get("SPOILER")).isGreaterThan(reasons.getOrDefault("CHILD_SAFETY", 0L) * 10);
    }

    @Test
    void submissionsAreVisibleInTheCreatorsMarketAndWhereTheirLanguageIsSpoken() {
        Map<Long, Set<String>> markets = marketsOf(DemoTable.FANDOM_SUBMISSION_MARKET, "submission_id");
        for (Row submission : rows.of(DemoTable.FANDOM_SUBMISSION)) {
            Set<String> expected = new TreeSet<>();
            expected.add(members.get(submission.id("creator_id")).text("home_market"));
            DemoMarkets.ALL.stream().filter(m -> m.language().equals(submission.text("language")))
                    .forEach(m -> expected.add(m.code()));
            assertThat(markets.get(submission.id("id"))).isEqualTo(expected);
        }
    }

    @Test
    void textsAreMultilingualAndMostContentIsActive() {
        for (DemoTable table : List.of(DemoTable.MOMENT, DemoTable.WATCH_PARTY_MESSAGE, DemoTable.FANDOM_SUBMISSION)) {
            assertThat(rows.of(table).stream().map(r -> r.get("language")).collect(Collectors.toSet()))
                    .as(table.tableName())
                    .containsAll(DemoMarkets.LANGUAGES);
            long active = rows.of(table).stream().filter(r -> r.get("state").equals("ACTIVE")).count();
            assertThat(active).isGreaterThan(rows.of(table).size() * 9 / 10);
            assertThat(rows.of(table)).anyMatch(r -> r.get("state").equals("PENDING_REVIEW"));
        }
        assertThat(rows.of(DemoTable.MOMENT)).anyMatch(r -> r.text("caption").matches(".*[\\u3040-\\u30ff].*"))
                .anyMatch(r -> r.text("caption").matches(".*[\\uac00-\\ud7af].*"));
    }

    @Test
    void shareLinkTokensAreUniqueAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (Row link : rows.of(DemoTable.SHARE_LINK)) {
            assertThat(link.text("token")).matches("[A-Za-z0-9_-]{16,22}");
            assertThat(tokens.add(link.text("token"))).isTrue();
        }
        long revoked = rows.of(DemoTable.SHARE_LINK).stream().filter(l -> l.get("revoked_at") != null).count();
        assertThat(revoked).isPositive().isLessThan(rows.of(DemoTable.SHARE_LINK).size() / 10);
    }

    private static Map<Long, Row> byId(DemoTable table) {
        return rows.of(table).stream().collect(Collectors.toMap(r -> r.id("id"), r -> r));
    }

    private static Map<Long, Set<String>> marketsOf(DemoTable table, String idColumn) {
        return rows.of(table).stream().collect(Collectors.groupingBy(r -> r.id(idColumn),
                Collectors.mapping(r -> r.text("market_code"), Collectors.toCollection(TreeSet::new))));
    }

    private static String hash(DemoDataProperties sizes, Instant now) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        new DemoDataGenerator(sizes, now).generate((table, values) -> {
            digest.update(table.tableName().getBytes(StandardCharsets.UTF_8));
            for (Object value : values) {
                digest.update((byte) 0x1f);
                digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) '\n');
        });
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
