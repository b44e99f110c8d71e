package com.clipdesk.ingest;

import static com.clipdesk.bench.BenchFigures.print;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.search.SearchService;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.ProductBackendClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11: a bulk push of {@code bench.ingest.lines} Moments through {@code POST /api/ingest/bulk}
 * (HTTP on loopback, parsing, checks, external ids, spoiler holds, indexing, audit) against a raw JDBC
 * batch insert of the same rows (moment + moment_market) on the same database: a warm-up round, then
 * {@code bench.ingest.rounds} rounds in alternating order; every figure is the median over them.
 * The app runs as in production, not as the test profile has it: a search index on disk, the ingest
 * not waiting for it, the rules matched in the background. After each answer the bench waits until
 * search finds every Moment of the round and reports that lag and the rate up to then, so indexing in
 * the background cannot hide its cost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
        "spring.jpa.properties.hibernate.search.backend.directory.root=${java.io.tmpdir}/clipdesk-ingest-bench-index",
        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=write-sync",
        "clipdesk.ingest.wait-for-index=false",
        "clipdesk.rules.async=true"})
@ActiveProfiles("test")
class IngestBench {

    private static final int LINES = Integer.getInteger("bench.ingest.lines", 10_000);
    /** Measured rounds, after one warm-up round; each figure is the median over them. */
    private static final int ROUNDS = Integer.getInteger("bench.ingest.rounds", 5);

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    SearchService search;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void bulkMomentsAgainstRawJdbc() throws Exception {
        Chromium.useSecurityStrategyOf(context);
        data.markets("FR", "DE");
        Episode episode = data.episode("Ingest bench " + System.nanoTime(), 3600);
        long creatorId = data.member("FR").getId();
        ProductBackendClient client = new ProductBackendClient(port);
        String bearer = client.token();
        String run = Long.toString(System.nanoTime(), 36);
        HttpResponse<String> member = client.send("POST", "/api/ingest/bulk", bearer, "application/x-ndjson",
                "{\"type\":\"member\",\"externalId\":\"" + run + "-c\",\"version\":1,\"handle\":\"b" + run
                        + "\",\"homeMarket\":\"FR\",\"ageBand\":\"25_34\"}");
        assertThat(member.statusCode()).isEqualTo(200);
        List<Double> api = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> rawContent = new ArrayList<>();
        List<Double> searchable = new ArrayList<>();
        List<Double> lag = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < LINES; i++) {
                body.append("{\"type\":\"moment\",\"externalId\":\"").append(run).append('-').append(round).append('-')
                        .append(i).append("\",\"version\":1,\"episodeId\":").append(episode.getId())
                        .append(",\"startSecond\":").append(i % 3000).append(",\"endSecond\":").append(i % 3000 + 30)
                        .append(",\"caption\":\"Bench moment ").append(i).append(" of a long night\",\"language\":\"en\",")
                        .append("\"creator\":\"").append(run).append("-c\",\"markets\":[\"FR\",\"DE\"]}\n");
            }
            // the order alternates, so neither side always runs after the other's background work
            String prefix = run + "-raw-" + round + "-";
            double[] rawSeconds = round % 2 == 1 ? rawSeconds(episode.getId(), creatorId, prefix, round) : null;
            long t0 = System.nanoTime();
            HttpResponse<String> response = client.send("POST", "/api/ingest/bulk", bearer, "application/x-ndjson",
                    body.toString());
            double apiSeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"accepted\":" + LINES);
            double lagSeconds = untilSearchable(ids(response.body()), t0 + (long) (apiSeconds * 1e9));
            if (rawSeconds == null) {
                rawSeconds = rawSeconds(episode.getId(), creatorId, prefix, round);
            }
            print("# %s: api %.0f rows/s (all searchable %.0f ms after the answer), raw jdbc %.0f rows/s (same rows), "
                    + "%.0f rows/s (moment and moment_market only)", round == 0 ? "warm-up" : "round " + round,
                    LINES / apiSeconds, lagSeconds * 1e3, LINES / rawSeconds[0], LINES / rawSeconds[1]);
            if (round > 0) {
                api.add(LINES / apiSeconds);
                raw.add(LINES / rawSeconds[0]);
                rawContent.add(LINES / rawSeconds[1]);
                searchable.add(LINES / (apiSeconds + lagSeconds));
                lag.add(lagSeconds * 1e3);
            }
        }
        print("BENCH ingest.rows_per_s.api %.0f rows/s", median(api));
        print("BENCH ingest.rows_per_s.raw_jdbc %.0f rows/s", median(raw));
        print("BENCH ingest.rows_per_s.raw_jdbc_moment_tables_only %.0f rows/s", median(rawContent));
        print("BENCH ingest.searchable_after_answer %.0f ms", median(lag));
        print("BENCH ingest.rows_per_s.api_until_searchable %.0f rows/s", median(searchable));
        print("RATIO ingest.rows_per_s.api_over_raw_jdbc_moment_tables_only %.3f", median(api) / median(rawContent));
        print("RATIO ingest.rows_per_s.api_until_searchable_over_raw_jdbc %.3f", median(searchable) / median(raw));
        print("RATIO ingest.rows_per_s.api_over_raw_jdbc %.3f", median(api) / median(raw));
    }

    /**
     * Seconds for the raw inserts of one round, in alternating order: [0] the same rows the API writes,
     * [1] the Moments' own tables only.
     */
    private double[] rawSeconds(long episodeId, long creatorId, String prefix, int round) throws Exception {
        double[] seconds = new double[2];
        for (int k = 0; k < 2; k++) {
            boolean same = (k == 0) == (round % 2 == 0);
            long t = System.nanoTime();
            rawInsert(episodeId, creatorId, same ? prefix : null);
            seconds[same ? 0 : 1] = (System.nanoTime() - t) / 1e9;
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The Clipdesk ids of the answer's lines. */
    private static List<ContentRef> ids(String answer) {
        List<ContentRef> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(answer);
        while (m.find()) {
            ids.add(new ContentRef(ContentKind.MOMENT, Long.parseLong(m.group(1))));
        }
        assertThat(ids).hasSize(LINES);
        return ids;
    }

    /** Seconds from the answer until search finds every one of the Moments (polled every 10 ms). */
    private double untilSearchable(List<ContentRef> ids, long answeredAt) throws InterruptedException {
        TransactionTemplate read = new TransactionTemplate(transactionManager);
        read.setReadOnly(true);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (read.execute(status -> search.indexed(ids)).size() < ids.size()) {
            assertThat(System.nanoTime()).as("all searchable within 2 minutes").isLessThan(deadline);
            Thread.sleep(10);
        }
        return (System.nanoTime() - answeredAt) / 1e9;
    }

    /**
     * Inserts the round's Moments with plain JDBC batches of 500 rows, one transaction each, as the API
     * writes them: the {@code moment} row and its {@code moment_market} rows and, unless
     * {@code externalPrefix} is null, also what makes the rows the same as the API's: the
     * {@code moment_hold} rows (the episode has no release date in FR or DE, so each Moment is held in
     * both) and the {@code external_ref} row of its external id.
     */
    private void rawInsert(long episodeId, long creatorId, @Nullable String externalPrefix) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement moment = c.prepareStatement("insert into moment (episode_id, start_s, end_s, caption, "
                    + "language, creator_id, created_at, state, share_count, report_count, version, spoiler) "
                    + "values (?, ?, ?, ?, 'en', ?, ?, 'ACTIVE', 0, 0, 0, 0)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement market = c.prepareStatement(
                            "insert into moment_market (moment_id, market_code) values (?, ?)");
                    PreparedStatement hold = c.prepareStatement("insert into moment_hold (moment_id, market_code, "
                            + "not_released, embargoed_until, spoiler_hidden_until) values (?, ?, 1, null, null)");
                    PreparedStatement ref = c.prepareStatement("insert into external_ref (kind, external_id, internal_id, "
                            + "version, received_at, updated_at) values ('MOMENT', ?, ?, 1, ?, ?)")) {
                for (int from = 0; from < LINES; from += 500) {
                    int to = Math.min(LINES, from + 500);
                    for (int i = from; i < to; i++) {
                        moment.setLong(1, episodeId);
                        moment.setInt(2, i % 3000);
                        moment.setInt(3, i % 3000 + 30);
                        moment.setString(4, "Bench moment " + i + " of a long night");
                        moment.setLong(5, creatorId);
                        moment.setTimestamp(6, now);
                        moment.addBatch();
                    }
                    moment.executeBatch();
                    int i = from;
                    try (ResultSet keys = moment.getGeneratedKeys()) {
                        while (keys.next()) {
                            long id = keys.getLong(1);
                            for (String code : new String[] {"FR", "DE"}) {
                                market.setLong(1, id);
                                market.setString(2, code);
                                market.addBatch();
                                hold.setLong(1, id);
                                hold.setString(2, code);
                                hold.addBatch();
                            }
                            ref.setString(1, externalPrefix + i++);
                            ref.setLong(2, id);
                            ref.setTimestamp(3, now);
                            ref.setTimestamp(4, now);
                            ref.addBatch();
                        }
                    }
                    market.executeBatch();
                    if (externalPrefix != null) {
                        hold.executeBatch();
                        ref.executeBatch();
                    } else {
                        hold.clearBatch();
                        ref.clearBatch();
                    }
                    c.commit();
                }
            }
        }
    }
}
