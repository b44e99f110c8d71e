package com.clipdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.search.SearchResult;
import com.clipdesk.search.SearchService;
import com.clipdesk.search.SearchSort;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 5: full-text search over 1M Moments and 200k fandom submissions
 * ({@code -Dbench.search.moments}, {@code -Dbench.search.submissions}), a fixed query mix measured in the
 * same run on three engines over the same rows: SearchService (Hibernate Search), raw Lucene (an
 * IndexSearcher over the very index directories Hibernate Search wrote, equivalent queries and the same
 * result work: total, facets, top 20 by score then newest, stored fields, highlight) and InnoDB FULLTEXT
 * (MATCH … AGAINST, the same page and facet counts in SQL). Then mass reindexing (MassIndexer) against a
 * raw IndexWriter loop over the same rows, and commit-to-searchable with the async indexing plan.
 *
 * <p>Needs a MySQL-family server (CLIPDESK_TEST_DATASOURCE_URL) for the FULLTEXT part; it works in a
 * database of its own, {@code clipdesk_search_bench} ({@code -Dbench.search.database}), dropped and
 * created at start. The index lives in a temporary directory on the file system.
 */
@SpringBootTest(properties = {
    "clipdesk.search.check-index-on-start=false",
    "clipdesk.demo.enabled=false",
    "clipdesk.review.schedule=false",
    "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
    // the brief's commit-to-searchable is about the asynchronous plan (tests default to sync)
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=async"
})
@ActiveProfiles("test")
class SearchBench {

    private static final Logger log = LoggerFactory.getLogger(SearchBench.class);
    private static final int MOMENTS = Integer.getInteger("bench.search.moments", 1_000_000);
    private static final int SUBMISSIONS = Integer.getInteger("bench.search.submissions", 200_000);
    private static final int RUNS = Integer.getInteger("bench.search.runs", 30);
    private static final int SQL_RUNS = Integer.getInteger("bench.search.sql-runs", 10);
    private static final int WARMUP = 10;
    private static final int PAGE = 20;
    private static final Set<String> SCOPE = Set.of("BR", "MX", "ES");
    private static final String[] TEXT_FIELDS = {"text", "titleName", "tags"};
    private static final String[] FACETS = {"contentKind", "markets", "state", "language"};

    private static final String SERVER_URL = System.getenv("CLIPDESK_TEST_DATASOURCE_URL");
    private static final boolean ON_SERVER = SERVER_URL != null && SERVER_URL.startsWith("jdbc:m");
    private static final String SERVER_USER = System.getenv().getOrDefault("CLIPDESK_TEST_DATASOURCE_USERNAME", "root");
    private static final String SERVER_PASSWORD = System.getenv().getOrDefault("CLIPDESK_TEST_DATASOURCE_PASSWORD", "");
    private static final Path INDEX_ROOT = tempDir("clipdesk-search-bench-index");

    /**
     * The query mix: the query a staff member types, and what the same request is for raw Lucene and
     * for InnoDB FULLTEXT (boolean mode string, extra SQL condition on the item table alias, kinds).
     */
    private record Case(String name, String query, String against, String sqlFilter, boolean submissions,
            Supplier<Query> lucene) {}

    @Autowired
    SearchService search;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate transactions;

    private final List<String> figures = new ArrayList<>();
    private Analyzer analyzer;
    private FieldInfos fieldInfos;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", SearchBench::freshDatabase);
        if (ON_SERVER) {
            registry.add("spring.datasource.username", () -> SERVER_USER);
            registry.add("spring.datasource.password", () -> SERVER_PASSWORD);
        }
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", INDEX_ROOT::toString);
    }

    @Test
    void searchAgainstRawLuceneAndFulltext() throws Exception {
        analyzer = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding").build(); // = analyzer "folded" (ClipdeskAnalysisConfigurer)
        long started = System.nanoTime();
        new SearchBenchData(dataSource, ON_SERVER).load(MOMENTS, SUBMISSIONS);
        figure("BENCH search.load %d ms", elapsedMs(started));
        figure("BENCH search.rows %d rows", MOMENTS + SUBMISSIONS);
        if (ON_SERVER) {
            started = System.nanoTime();
            sql("alter table moment add fulltext index ft_moment_caption (caption)");
            sql("alter table fandom_submission add fulltext index ft_submission_body (body)");
            sql("analyze table moment, moment_market, fandom_submission, fandom_submission_market");
            figure("BENCH search.mysql_fulltext.build %d ms", elapsedMs(started));
        }

        double hsearchRate = massIndex();
        double rawRate = rawIndexWriterLoop();
        figure("BENCH reindex.rows_per_s.hsearch %.0f rows/s", hsearchRate);
        figure("BENCH reindex.rows_per_s.raw %.0f rows/s", rawRate);
        figure("RATIO reindex.rows_per_s.hsearch_over_raw %.2f", hsearchRate / rawRate);

        // every index a moderator's search spans (the message, recommendation and report indexes are
        // empty here), as Hibernate Search's MultiReader does
        try (IndexReader reader = new MultiReader(allIndexes())) {
            assertEquals(MOMENTS + SUBMISSIONS, reader.numDocs(), "documents in the Hibernate Search indexes");
            fieldInfos = FieldInfos.getMergedFieldInfos(reader);
            for (FieldInfo fi : fieldInfos) {
                System.out.printf(Locale.ROOT, "FIELD %s index=%s docValues=%s pointDims=%d%n", fi.name,
                        fi.getIndexOptions(), fi.getDocValuesType(), fi.getPointDimensionCount());
            }
            queryMix(new IndexSearcher(reader));
        }
        commitToSearchable();
        figures.forEach(System.out::println);
    }

    // ---------------------------------------------------------------------------------------------
    // Query mix

    private List<Case> cases() {
        return List.of(
                new Case("rare", "lighthouse", "+lighthouse", "", true, () -> text("lighthouse", false)),
                new Case("common", "scene", "+scene", "", true, () -> text("scene", false)),
                new Case("phrase", "\"final scene\"", "+\"final scene\"", "", true, () -> text("final scene", false)),
                new Case("typo", "lighthose~", "+lighthose", "", true, () -> text("lighthose", true)),
                new Case("faceted", "scene market:BR kind:moment", "+scene",
                        " and exists (select 1 from moment_market f where f.moment_id = x.id and f.market_code = 'BR')",
                        false, () -> and(text("scene", false), filter("markets", "BR"), filter("contentKind", "moment"))),
                new Case("filtered", "storm reports:>=2 created:2025-06-01..2025-12-31", "+storm",
                        " and x.report_count >= 2 and x.created_at >= '2025-06-01' and x.created_at < '2026-01-01'",
                        true, () -> and(text("storm", false),
                                IntPoint.newRangeQuery(field("reportCount"), 2, Integer.MAX_VALUE),
                                LongPoint.newRangeQuery(field("createdAt"), day("2025-06-01"), day("2026-01-01") - 1))));
    }

    private void queryMix(IndexSearcher searcher) throws Exception {
        Map<String, List<Double>> all = new LinkedHashMap<>();
        for (Case c : cases()) {
            Query query = c.lucene().get();
            System.out.println("QUERY " + c.name() + " searchservice=[" + c.query() + "] lucene=[" + query
                    + "] mysql=[" + c.against() + c.sqlFilter() + "]");
            long[] totals = new long[3];
            List<Double> hs = time(RUNS, () -> totals[0] = hsearch(c.query()));
            List<Double> lu = time(RUNS, () -> totals[1] = lucene(searcher, query));
            List<Double> my = ON_SERVER ? time(SQL_RUNS, () -> totals[2] = mysql(c)) : List.of();
            System.out.printf(Locale.ROOT, "CHECK search.%s.total hsearch=%d lucene=%d mysql=%d%n", c.name(), totals[0],
                    totals[1], totals[2]);
            assertEquals(totals[0], totals[1], c.name() + ": Hibernate Search and raw Lucene totals");
            report("search." + c.name() + ".hsearch", hs);
            report("search." + c.name() + ".lucene", lu);
            all.computeIfAbsent("hsearch", k -> new ArrayList<>()).addAll(hs);
            all.computeIfAbsent("lucene", k -> new ArrayList<>()).addAll(lu);
            if (ON_SERVER) {
                report("search." + c.name() + ".mysql_fulltext", my);
                all.computeIfAbsent("mysql_fulltext", k -> new ArrayList<>()).addAll(my);
            }
        }
        all.forEach((path, millis) -> report("search.mix." + path, millis));
        double hs95 = percentile(sorted(all.get("hsearch")), 95);
        figure("RATIO search.p95.hsearch_over_lucene %.2f", hs95 / percentile(sorted(all.get("lucene")), 95));
        if (ON_SERVER) {
            figure("RATIO search.p95.hsearch_over_mysql_fulltext %.3f",
                    hs95 / percentile(sorted(all.get("mysql_fulltext")), 95));
        }
    }

    private long hsearch(String query) {
        long[] total = new long[1];
        AsStaff.run("bench-moderator", Set.of(Role.MODERATOR), SCOPE, () -> {
            SearchResult result = search.search(query, SearchSort.RELEVANCE, 0, PAGE);
            total[0] = result.total();
        });
        return total[0];
    }

    /**
     * What SearchService asks of its index, by hand: the scope filter, exact total, counts of the four
     * facet fields over all hits, top 20 by score then newest, stored fields and a highlighted passage.
     */
    private long lucene(IndexSearcher searcher, Query text) throws IOException {
        Query query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(text, Occur.MUST)
                .add(new TermInSetQuery(field("markets"), SCOPE.stream().map(BytesRef::new).toList()), Occur.FILTER)
                .build();
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortedNumericSortField(field("createdAt"), SortField.Type.LONG, true));
        @SuppressWarnings("deprecation")
        TopFieldCollector top = TopFieldCollector.create(sort, PAGE, Integer.MAX_VALUE);
        FacetCounts facets = new FacetCounts();
        searcher.search(query, MultiCollector.wrap(top, facets));
        TopDocs docs = top.topDocs();
        facets.resolve();
        for (ScoreDoc hit : docs.scoreDocs) {
            Document stored = searcher.storedFields().document(hit.doc);
            assertTrue(stored.getFields().size() > 3);
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("\uE000", "\uE001", " … ", false)).build();
        highlighter.highlight("text", query, docs, 1);
        return docs.totalHits.value;
    }

    /** Term (or phrase) or fuzzy (edit distance 2) over text, titleName and tags, as SearchPredicates. */
    private Query text(String words, boolean fuzzy) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String name : TEXT_FIELDS) {
            if (fieldInfos.fieldInfo(name) == null) {
                continue;
            }
            List<String> tokens = analyze(name, words);
            Query q;
            if (fuzzy) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                tokens.forEach(t -> all.add(new FuzzyQuery(new Term(name, t), 2), Occur.MUST));
                q = all.build();
            } else if (tokens.size() == 1) {
                q = new TermQuery(new Term(name, tokens.get(0)));
            } else {
                q = new PhraseQuery(name, tokens.toArray(String[]::new));
            }
            any.add(q, Occur.SHOULD);
        }
        return any.build();
    }

    private Query and(Query must, Query... filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(must, Occur.MUST);
        for (Query f : filters) {
            b.add(f, Occur.FILTER);
        }
        return b.build();
    }

    private Query filter(String name, String value) {
        return new TermQuery(new Term(field(name), value));
    }

    /** A field name the bench relies on, checked against the index's FieldInfos. */
    private String field(String name) {
        if (fieldInfos.fieldInfo(name) == null) {
            throw new IllegalStateException("No field " + name + " in the Hibernate Search index");
        }
        return name;
    }

    private List<String> analyze(String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Counts per value of the facet fields over every collected hit (doc values, as aggregations do). */
    private static final class FacetCounts implements Collector {
        private final List<SortedSetDocValues[]> leafValues = new ArrayList<>();
        private final List<long[][]> leafCounts = new ArrayList<>();
        final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues[] values = new SortedSetDocValues[FACETS.length];
            long[][] ordCounts = new long[FACETS.length][];
            for (int i = 0; i < FACETS.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), FACETS[i]);
                ordCounts[i] = new long[(int) values[i].getValueCount()];
            }
            leafValues.add(values);
            leafCounts.add(ordCounts);
            SortedSetDocValues[] iterators = new SortedSetDocValues[FACETS.length];
            for (int i = 0; i < FACETS.length; i++) {
                iterators[i] = DocValues.getSortedSet(context.reader(), FACETS[i]);
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < FACETS.length; i++) {
                        if (iterators[i].advanceExact(doc)) {
                            for (int k = 0; k < iterators[i].docValueCount(); k++) {
                                ordCounts[i][(int) iterators[i].nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        void resolve() throws IOException {
            for (int l = 0; l < leafValues.size(); l++) {
                for (int i = 0; i < FACETS.length; i++) {
                    long[] c = leafCounts.get(l)[i];
                    for (int ord = 0; ord < c.length; ord++) {
                        if (c[ord] > 0) {
                            counts.computeIfAbsent(FACETS[i], k -> new LinkedHashMap<>())
                                    .merge(leafValues.get(l)[i].lookupOrd(ord).utf8ToString(), c[ord], Long::sum);
                        }
                    }
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * The same request in SQL: the top 20 by MATCH score then newest over both tables, the total and
     * the kind/state/language counts in one grouped query, the market counts in another; all limited to
     * items visible in the scope's markets.
     */
    private long mysql(Case c) throws SQLException {
        String scope = "'" + String.join("','", SCOPE) + "'";
        String momentWhere = " from moment x where match(x.caption) against (? in boolean mode) and exists (select 1"
                + " from moment_market s where s.moment_id = x.id and s.market_code in (" + scope + "))" + c.sqlFilter();
        String submissionWhere = " from fandom_submission x where match(x.body) against (? in boolean mode) and exists"
                + " (select 1 from fandom_submission_market s where s.submission_id = x.id and s.market_code in ("
                + scope + "))" + c.sqlFilter();
        String page = "(select 'moment' kind, x.id, x.caption txt, x.created_at, match(x.caption) against (? in boolean"
                + " mode) score" + momentWhere + " order by score desc, x.created_at desc limit " + PAGE + ")"
                + (c.submissions() ? " union all (select 'submission', x.id, x.body, x.created_at, match(x.body)"
                        + " against (? in boolean mode) score" + submissionWhere
                        + " order by score desc, x.created_at desc limit " + PAGE + ")" : "")
                + " order by score desc, created_at desc limit " + PAGE;
        String groups = "select 'moment', x.state, x.language, count(*)" + momentWhere + " group by x.state, x.language"
                + (c.submissions() ? " union all select 'submission', x.state, x.language, count(*)" + submissionWhere
                        + " group by x.state, x.language" : "");
        String markets = "select m.market_code, count(*) from moment x join moment_market m on m.moment_id = x.id"
                + " where match(x.caption) against (? in boolean mode)" + c.sqlFilter() + " and exists (select 1 from"
                + " moment_market s where s.moment_id = x.id and s.market_code in (" + scope + ")) group by m.market_code"
                + (c.submissions() ? " union all select m.market_code, count(*) from fandom_submission x join"
                        + " fandom_submission_market m on m.submission_id = x.id where match(x.body) against"
                        + " (? in boolean mode)" + c.sqlFilter() + " and exists (select 1 from fandom_submission_market s"
                        + " where s.submission_id = x.id and s.market_code in (" + scope + ")) group by m.market_code"
                        : "");
        long total = 0;
        try (Connection con = dataSource.getConnection()) {
            run(con, page, c.against(), rs -> {});
            long[] sum = new long[1];
            run(con, groups, c.against(), rs -> sum[0] += rs.getLong(4));
            total = sum[0];
            run(con, markets, c.against(), rs -> {});
        }
        return total;
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void run(Connection con, String sql, String against, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int params = sql.split("\\?", -1).length - 1;
            for (int i = 1; i <= params; i++) {
                ps.setString(i, against);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reindexing

    /** MassIndexer over both entities, as SearchIndexBootstrap runs it (2 loading threads, batches of 500). */
    private double massIndex() throws InterruptedException {
        long started = System.nanoTime();
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            Search.session(session).massIndexer(Moment.class, FandomSubmission.class).threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500).startAndWait();
        }
        long ms = elapsedMs(started);
        figure("BENCH reindex.hsearch.time %d ms", ms);
        return (MOMENTS + SUBMISSIONS) * 1000.0 / ms;
    }

    /**
     * One thread: the same rows read with JDBC (joins for title name, episode, creator handle; markets
     * by group_concat), documents with the same fields as the Hibernate Search mapping builds
     * (indexed, doc values, points and stored the same way), one IndexWriter with default settings, a
     * commit at the end.
     */
    private double rawIndexWriterLoop() throws Exception {
        Path dir = tempDir("clipdesk-search-bench-raw");
        long started = System.nanoTime();
        long rows = 0;
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
                Connection con = ON_SERVER ? DriverManager.getConnection(currentUrl(), SERVER_USER, SERVER_PASSWORD)
                        : dataSource.getConnection()) {
            String markets = ON_SERVER ? "group_concat(%s.market_code)" : "listagg(%s.market_code, ',')";
            rows += rawRows(con, writer, "select x.id, x.caption, t.name, concat(t.name, ' · S', s.number, 'E', e.number),"
                    + " mb.handle, x.language, x.state, x.created_at, x.share_count, x.report_count, (select "
                    + markets.formatted("mm") + " from moment_market mm where mm.moment_id = x.id)"
                    + " from moment x join episode e on e.id = x.episode_id join season s on s.id = e.season_id"
                    + " join title t on t.id = s.title_id join member mb on mb.id = x.creator_id", "moment");
            rows += rawRows(con, writer, "select x.id, x.body, t.name, concat(t.name, ' · ', x.kind), mb.handle,"
                    + " x.language, x.state, x.created_at, 0, x.report_count, (select " + markets.formatted("sm")
                    + " from fandom_submission_market sm where sm.submission_id = x.id), x.kind"
                    + " from fandom_submission x join title t on t.id = x.title_id join member mb on mb.id = x.creator_id",
                    "submission");
            writer.commit();
        }
        long ms = elapsedMs(started);
        figure("BENCH reindex.raw.time %d ms", ms);
        assertEquals(MOMENTS + SUBMISSIONS, rows);
        return rows * 1000.0 / ms;
    }

    private long rawRows(Connection con, IndexWriter writer, String sql, String kind) throws Exception {
        long n = 0;
        try (Statement st = con.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    Document d = new Document();
                    String id = Long.toString(rs.getLong(1));
                    // Hibernate Search's own fields: id (term and doc value), document type, field names
                    d.add(new StringField("__HSEARCH_id", id, Field.Store.YES));
                    d.add(new BinaryDocValuesField("__HSEARCH_id_docvalue", new BytesRef(id)));
                    d.add(new StringField("__HSEARCH_type", "main", Field.Store.NO));
                    d.add(new Field("text", rs.getString(2), TextField.TYPE_STORED));
                    d.add(new Field("titleName", rs.getString(3), TextField.TYPE_NOT_STORED));
                    d.add(new StoredField("context", rs.getString(4)));
                    d.add(new StringField("creatorHandle", rs.getString(5).toLowerCase(Locale.ROOT), Field.Store.YES));
                    keyword(d, "contentKind", kind);
                    keyword(d, "language", rs.getString(6));
                    keyword(d, "state", rs.getString(7));
                    if (!kind.equals("moment")) {
                        d.add(new StringField("kind", rs.getString(12), Field.Store.NO));
                    }
                    long created = rs.getTimestamp(8).toInstant().toEpochMilli();
                    d.add(new LongPoint("createdAt", created));
                    d.add(new SortedNumericDocValuesField("createdAt", created));
                    d.add(new StoredField("createdAt", created));
                    number(d, "shareCount", rs.getInt(9));
                    number(d, "reportCount", rs.getInt(10));
                    d.add(new IntPoint("mappingVersion", 2));
                    for (String market : rs.getString(11).split(",")) {
                        keyword(d, "markets", market);
                    }
                    for (var f : new java.util.TreeSet<>(d.getFields().stream().map(f -> f.name()).toList())) {
                        d.add(new StringField("__HSEARCH_field_names", f, Field.Store.NO));
                    }
                    writer.addDocument(d);
                    n++;
                }
            }
        }
        return n;
    }

    private static IndexReader[] allIndexes() throws IOException {
        List<IndexReader> readers = new ArrayList<>();
        try (var dirs = java.nio.file.Files.list(INDEX_ROOT)) {
            for (Path dir : dirs.filter(java.nio.file.Files::isDirectory).sorted().toList()) {
                FSDirectory directory = FSDirectory.open(dir);
                if (DirectoryReader.indexExists(directory)) {
                    readers.add(DirectoryReader.open(directory));
                }
            }
        }
        System.out.println("INDEXES " + readers.size() + " under " + INDEX_ROOT);
        return readers.toArray(IndexReader[]::new);
    }

    private static void keyword(Document d, String name, String value) {
        d.add(new StringField(name, value, Field.Store.YES));
        d.add(new SortedSetDocValuesField(name, new BytesRef(value)));
    }

    private static void number(Document d, String name, int value) {
        d.add(new IntPoint(name, value));
        d.add(new SortedNumericDocValuesField(name, value));
        d.add(new StoredField(name, value));
    }

    // ---------------------------------------------------------------------------------------------
    // Commit to searchable

    /**
     * A Moment in the scope gets a caption with a new word in a transaction (dirty checking, so Hibernate
     * Search's listener sees it); from the commit's return, SearchService is asked for the word until it
     * finds the Moment. Async plan (the bench's default), then write-sync for comparison.
     */
    private void commitToSearchable() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("select moment_id from moment_market where market_code = 'BR'"
                        + " and moment_id % " + Math.max(1, MOMENTS / 1000) + " = 0 order by moment_id limit 70")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        java.lang.reflect.Field caption = Moment.class.getDeclaredField("caption");
        caption.setAccessible(true);
        for (String strategy : List.of("async", "write_sync")) {
            List<Double> millis = new ArrayList<>();
            for (int run = 0; run < 35; run++) {
                long id = ids.get((strategy.equals("async") ? 0 : 35) + run);
                String word = "freshword" + strategy.replace("_", "") + run + "x";
                transactions.executeWithoutResult(tx -> {
                    if (strategy.equals("write_sync")) {
                        Search.session(em).indexingPlanSynchronizationStrategy(
                                org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy.writeSync());
                    }
                    Moment m = em.find(Moment.class, id);
                    try {
                        caption.set(m, m.getCaption() + " " + word);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
                long committed = System.nanoTime();
                while (hsearch(word) == 0) {
                    if (System.nanoTime() - committed > 30_000_000_000L) {
                        throw new IllegalStateException(word + " not searchable after 30 s");
                    }
                    Thread.sleep(1);
                }
                if (run >= 5) {
                    millis.add((System.nanoTime() - committed) / 1e6);
                }
            }
            report("search.commit_to_searchable." + strategy, millis);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private interface Timed {
        void run() throws Exception;
    }

    private static List<Double> time(int runs, Timed timed) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARMUP + runs; i++) {
            long start = System.nanoTime();
            timed.run();
            if (i >= WARMUP) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long day(String iso) {
        return java.time.LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String currentUrl() {
        return SERVER_URL.replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + databaseName());
    }

    private static String databaseName() {
        String name = System.getProperty("bench.search.database", "clipdesk_search_bench");
        if (!name.matches("clipdesk_[a-z0-9_]*bench[a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a benchmark database name: " + name);
        }
        return name;
    }

    /** Drops and creates the benchmark's own database on the server, or names an H2 one. */
    private static String freshDatabase() {
        if (!ON_SERVER) {
            return "jdbc:h2:mem:searchbench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";
        }
        String name = databaseName();
        String serverOnly = SERVER_URL.replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?]*", "$1");
        try (Connection c = DriverManager.getConnection(serverOnly, SERVER_USER, SERVER_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create " + name + " on " + serverOnly, e);
        }
        return currentUrl();
    }

    private void report(String name, List<Double> millis) {
        double[] s = sorted(millis);
        figure("BENCH %s.p50 %.2f ms", name, percentile(s, 50));
        figure("BENCH %s.p95 %.2f ms", name, percentile(s, 95));
    }

    private void figure(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        log.info(line);
        figures.add(line);
    }

    private static double[] sorted(List<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
