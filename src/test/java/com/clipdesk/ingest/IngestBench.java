package com.clipdesk.ingest;

import static com.clipdesk.bench.BenchFigures.print;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.ProductBackendClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 11: a bulk push of {@code bench.ingest.lines} Moments through {@code POST /api/ingest/bulk}
 * (HTTP on loopback, parsing, checks, external ids, spoiler holds, indexing, audit) against a raw JDBC
 * batch insert of the same rows (moment + moment_market) on the same database, alternating rounds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IngestBench {

    private static final int LINES = Integer.getInteger("bench.ingest.lines", 10_000);
    private static final int ROUNDS = Integer.getInteger("bench.ingest.rounds", 2);

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

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
        double api = 0;
        double raw = 0;
        for (int round = 0; round < ROUNDS; round++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < LINES; i++) {
                body.append("{\"type\":\"moment\",\"externalId\":\"").append(run).append('-').append(round).append('-')
                        .append(i).append("\",\"version\":1,\"episodeId\":").append(episode.getId())
                        .append(",\"startSecond\":").append(i % 3000).append(",\"endSecond\":").append(i % 3000 + 30)
                        .append(",\"caption\":\"Bench moment ").append(i).append(" of a long night\",\"language\":\"en\",")
                        .append("\"creator\":\"").append(run).append("-c\",\"markets\":[\"FR\",\"DE\"]}\n");
            }
            long t0 = System.nanoTime();
            HttpResponse<String> response = client.send("POST", "/api/ingest/bulk", bearer, "application/x-ndjson",
                    body.toString());
            double apiSeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"accepted\":" + LINES);
            long t1 = System.nanoTime();
            rawInsert(episode.getId(), creatorId);
            double rawSeconds = (System.nanoTime() - t1) / 1e9;
            api = Math.max(api, LINES / apiSeconds);
            raw = Math.max(raw, LINES / rawSeconds);
            print("# round %d: api %.0f rows/s, raw jdbc %.0f rows/s", round, LINES / apiSeconds, LINES / rawSeconds);
        }
        print("BENCH ingest.rows_per_s.api %.0f rows/s", api);
        print("BENCH ingest.rows_per_s.raw_jdbc %.0f rows/s", raw);
        print("RATIO ingest.rows_per_s.api_over_raw_jdbc %.3f", api / raw);
    }

    private void rawInsert(long episodeId, long creatorId) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement moment = c.prepareStatement("insert into moment (episode_id, start_s, end_s, caption, "
                    + "language, creator_id, created_at, state, share_count, report_count, version, spoiler) "
                    + "values (?, ?, ?, ?, 'en', ?, ?, 'ACTIVE', 0, 0, 0, 0)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement market = c.prepareStatement(
                            "insert into moment_market (moment_id, market_code) values (?, ?)")) {
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
                    try (ResultSet keys = moment.getGeneratedKeys()) {
                        while (keys.next()) {
                            long id = keys.getLong(1);
                            for (String code : new String[] {"FR", "DE"}) {
                                market.setLong(1, id);
                                market.setString(2, code);
                                market.addBatch();
                            }
                        }
                    }
                    market.executeBatch();
                    c.commit();
                }
            }
        }
    }
}
