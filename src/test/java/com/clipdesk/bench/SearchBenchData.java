package com.clipdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Moments and fandom submissions with searchable text, written with multi-row JDBC INSERTs (500 rows a
 * statement, a commit every 20,000 rows). Text: words drawn from a synthetic 20,000-word vocabulary with
 * a Zipf distribution (s = 1), plus planted words whose frequencies the query mix relies on:
 * {@code scene} in 25 % of items (common), {@code storm} in 3 %, the phrase {@code final scene} in 2 %
 * (and {@code final} alone in 3 % more), {@code lighthouse} in 0.02 % (rare). None of them occurs in
 * title names, creator handles or tags (no tags are written), so all three engines must find the same
 * items. Deterministic (fixed seed).
 */
final class SearchBenchData {

    static final List<String> MARKETS = List.of("US", "GB", "BR", "MX", "ES", "FR", "DE", "JP", "KR", "IN");
    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");
    static final Set<String> PLANTED = Set.of("scene", "storm", "final", "lighthouse");
    private static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "en", "pt-BR", "pt-BR", "es", "es",
            "fr", "de");
    private static final String[] SYLLABLES = {"ka", "lo", "ren", "mi", "tar", "sul", "ve", "dor", "pi", "nax", "qu",
        "bel", "zo", "fin", "gra", "hel", "jun", "mor", "ost", "pex", "riv", "sam", "tul", "ux", "wen", "yal"};
    private static final int TITLES = 50;
    private static final int EPISODES = 10;
    private static final int MEMBERS = 50_000;
    private static final int ROWS_PER_INSERT = 500;
    private static final int ROWS_PER_COMMIT = 20_000;

    private final DataSource dataSource;
    private final boolean mysqlFamily;
    private final SplittableRandom random = new SplittableRandom(20261105L);
    private final String[] vocabulary;
    private final double[] cumulative;

    SearchBenchData(DataSource dataSource, boolean mysqlFamily) {
        this.dataSource = dataSource;
        this.mysqlFamily = mysqlFamily;
        Set<String> words = new HashSet<>();
        SplittableRandom wr = new SplittableRandom(7);
        while (words.size() < 20_000) {
            StringBuilder w = new StringBuilder();
            int n = 2 + wr.nextInt(3);
            for (int i = 0; i < n; i++) {
                w.append(SYLLABLES[wr.nextInt(SYLLABLES.length)]);
            }
            if (!PLANTED.contains(w.toString())) {
                words.add(w.toString());
            }
        }
        vocabulary = words.stream().sorted().toArray(String[]::new);
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < vocabulary.length; i++) {
            cumulative[i] /= sum;
        }
    }

    void load(int moments, int submissions) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (mysqlFamily) {
                try (Statement s = c.createStatement()) {
                    s.execute("set foreign_key_checks = 0, unique_checks = 0");
                }
            }
            Rows market = new Rows(c, "market", "code, name, locale, time_zone, version");
            for (String code : MARKETS) {
                market.add(code, "Market " + code, "en-" + code, "UTC", 0L);
            }
            market.flush();
            Rows title = new Rows(c, "title", "id, name, kind, maturity_rating, original_language, release_year");
            Rows season = new Rows(c, "season", "id, title_id, number, name");
            Rows episode = new Rows(c, "episode", "id, season_id, number, name, duration_s");
            for (long t = 1; t <= TITLES; t++) {
                title.add(t, "Bench title " + t, "SERIES", "TV-14", "en", 2020);
                season.add(t, t, 1, "Season 1");
                for (int e = 1; e <= EPISODES; e++) {
                    episode.add((t - 1) * EPISODES + e, t, e, "Episode " + e, 2700);
                }
            }
            title.flush();
            season.flush();
            episode.flush();
            Rows member = new Rows(c, "member", "id, handle, home_market, age_band, joined_at");
            for (long m = 1; m <= MEMBERS; m++) {
                member.add(m, "bench_member_" + m, MARKETS.get((int) (m % MARKETS.size())), "25_34", FROM);
            }
            member.flush();
            Rows moment = new Rows(c, "moment", "id, episode_id, start_s, end_s, caption, language, creator_id, "
                    + "created_at, state, share_count, report_count, version, spoiler");
            Rows momentMarket = new Rows(c, "moment_market", "moment_id, market_code");
            for (long id = 1; id <= moments; id++) {
                int start = random.nextInt(2600);
                moment.add(id, 1 + random.nextLong(TITLES * EPISODES), start, start + 5 + random.nextInt(60),
                        text(6 + random.nextInt(12)), language(), 1 + random.nextLong(MEMBERS), created(), state(),
                        random.nextInt(10) < 8 ? random.nextInt(20) : random.nextInt(5000), reports(), 0L, 0);
                for (String m : markets()) {
                    momentMarket.add(id, m);
                }
                if (id % ROWS_PER_INSERT == 0) {
                    moment.flush();
                    momentMarket.flush();
                }
                if (id % ROWS_PER_COMMIT == 0) {
                    c.commit();
                }
            }
            moment.flush();
            momentMarket.flush();
            Rows submission = new Rows(c, "fandom_submission", "id, title_id, kind, body, media_ref, language, "
                    + "creator_id, created_at, state, report_count, version, spoiler");
            Rows submissionMarket = new Rows(c, "fandom_submission_market", "submission_id, market_code");
            String[] kinds = {"FAN_ART", "EDIT", "THEORY", "QUOTE"};
            for (long id = 1; id <= submissions; id++) {
                submission.add(id, 1 + random.nextLong(TITLES), kinds[random.nextInt(4)], text(15 + random.nextInt(60)),
                        null, language(), 1 + random.nextLong(MEMBERS), created(), state(), reports(), 0L, 0);
                for (String m : markets()) {
                    submissionMarket.add(id, m);
                }
                if (id % ROWS_PER_INSERT == 0) {
                    submission.flush();
                    submissionMarket.flush();
                }
                if (id % ROWS_PER_COMMIT == 0) {
                    c.commit();
                }
            }
            submission.flush();
            submissionMarket.flush();
            c.commit();
            if (mysqlFamily) {
                try (Statement s = c.createStatement()) {
                    s.execute("set foreign_key_checks = 1, unique_checks = 1");
                }
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("Search bench data load failed", e);
        }
    }

    private String text(int words) {
        List<String> out = new ArrayList<>(words + 3);
        for (int i = 0; i < words; i++) {
            int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            out.add(vocabulary[Math.min(vocabulary.length - 1, at < 0 ? -at - 1 : at)]);
        }
        plant(out, "scene", 0.25);
        plant(out, "storm", 0.03);
        plant(out, "final", 0.03);
        plant(out, "lighthouse", 0.0002);
        if (random.nextDouble() < 0.02) {
            out.add(random.nextInt(out.size() + 1), "final scene");
        }
        return String.join(" ", out);
    }

    private void plant(List<String> words, String word, double share) {
        if (random.nextDouble() < share) {
            words.add(random.nextInt(words.size() + 1), word);
        }
    }

    private String language() {
        return LANGUAGES.get(random.nextInt(LANGUAGES.size()));
    }

    private Instant created() {
        return FROM.plusSeconds(random.nextLong(TO.getEpochSecond() - FROM.getEpochSecond()));
    }

    private String state() {
        int roll = random.nextInt(100);
        return roll < 90 ? "ACTIVE" : roll < 97 ? "PENDING_REVIEW" : "REMOVED";
    }

    private int reports() {
        return random.nextInt(10) < 7 ? 0 : random.nextInt(1, 6);
    }

    private List<String> markets() {
        int count = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(1, 3));
        TreeSet<String> picked = new TreeSet<>();
        while (picked.size() < count) {
            picked.add(MARKETS.get(random.nextInt(MARKETS.size())));
        }
        return new ArrayList<>(picked);
    }

    /** Pending rows of one table, sent as one multi-row INSERT. */
    private static final class Rows {
        private final Connection connection;
        private final String table;
        private final String columns;
        private final int width;
        private final List<Object[]> pending = new ArrayList<>();
        private PreparedStatement full;

        Rows(Connection connection, String table, String columns) {
            this.connection = connection;
            this.table = table;
            this.columns = columns;
            this.width = columns.split(",").length;
        }

        void add(Object... values) throws SQLException {
            pending.add(values);
            if (pending.size() >= ROWS_PER_INSERT) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            if (pending.size() == ROWS_PER_INSERT) {
                if (full == null) {
                    full = connection.prepareStatement(insert(ROWS_PER_INSERT));
                }
                send(full);
            } else {
                try (PreparedStatement part = connection.prepareStatement(insert(pending.size()))) {
                    send(part);
                }
            }
            pending.clear();
        }

        private String insert(int rows) {
            String row = "(" + "?, ".repeat(width - 1) + "?)";
            return "insert into " + table + " (" + columns + ") values " + String.join(", ", java.util.Collections.nCopies(rows, row));
        }

        private void send(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object[] row : pending) {
                for (Object value : row) {
                    switch (value) {
                        case null -> statement.setNull(index, Types.VARCHAR);
                        case Instant i -> statement.setObject(index, LocalDateTime.ofInstant(i, ZoneOffset.UTC));
                        case Long n -> statement.setLong(index, n);
                        case Integer n -> statement.setInt(index, n);
                        case String s -> statement.setString(index, s);
                        default -> throw new IllegalArgumentException("Unsupported " + value.getClass());
                    }
                    index++;
                }
            }
            statement.executeUpdate();
        }
    }
}
