package com.clipdesk.content;

import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bulk creation of Moments (issue 11): JDBC batches into {@code moment} and {@code moment_market}
 * (one round trip per batch instead of one identity insert per row), and the search index told at
 * commit. A row equals what {@code em.persist(new Moment(...))} writes: state ACTIVE, counters 0,
 * version 0, not a spoiler; the entity's own checks are repeated here. Holds (the spoiler module,
 * through {@link ContentModeration#holdNewIn(Map)}) are written in the same transaction before the
 * commit, so the index, which loads the Moments just before the commit, sees them.
 */
@Component
class NewMomentRows {

    /** Rows per JDBC batch and per index load. */
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final EntityManager em;

    NewMomentRows(JdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    List<Long> insert(List<NewMoment> moments) {
        Map<Long, Episode> episodes = new HashMap<>();
        for (NewMoment m : moments) {
            Episode episode = episodes.computeIfAbsent(m.episodeId(), id -> {
                Episode found = em.find(Episode.class, id);
                if (found == null) {
                    throw new NotFoundException("Episode", id);
                }
                return found;
            });
            if (m.startSecond() < 0 || m.endSecond() <= m.startSecond()) {
                throw new IllegalArgumentException("A Moment ends after it starts");
            }
            if (m.endSecond() > episode.getDurationSeconds()) {
                throw new IllegalArgumentException("A Moment ends within its episode");
            }
            if (m.caption().length() > Moment.CAPTION_MAX) {
                throw new IllegalArgumentException("A Moment's caption has at most " + Moment.CAPTION_MAX + " characters");
            }
        }
        List<Long> ids = new ArrayList<>(moments.size());
        for (int from = 0; from < moments.size(); from += BATCH) {
            ids.addAll(insertBatch(moments.subList(from, Math.min(moments.size(), from + BATCH))));
        }
        Map<Long, Created> created = createdInTransaction();
        for (int i = 0; i < ids.size(); i++) {
            NewMoment m = moments.get(i);
            long id = ids.get(i);
            Episode episode = episodes.get(m.episodeId());
            var title = episode.getSeason().getTitle();
            created.put(id, new Created(new SpoilerSubject(ContentKind.MOMENT, id, m.markets(), episode.getId(),
                    episode.getSeason().getId(), title.getId(), title.getKind(), episode.titleAndLabel()),
                    Moment.inserted(id, episode, m.startSecond(), m.endSecond(), m.caption(), m.language(),
                            em.getReference(Member.class, m.creatorId()), m.createdAt(), m.markets())));
        }
        return ids;
    }

    private List<Long> insertBatch(List<NewMoment> batch) {
        List<Long> ids = new ArrayList<>(batch.size());
        jdbc.execute((java.sql.Connection c) -> {
            try (PreparedStatement insert = c.prepareStatement("insert into moment (episode_id, start_s, end_s, caption, "
                    + "language, creator_id, created_at, state, spoiler, share_count, report_count, version) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
                for (NewMoment m : batch) {
                    insert.setLong(1, m.episodeId());
                    insert.setInt(2, m.startSecond());
                    insert.setInt(3, m.endSecond());
                    insert.setString(4, m.caption());
                    insert.setString(5, m.language());
                    insert.setLong(6, m.creatorId());
                    insert.setObject(7, utc(m.createdAt()), Types.TIMESTAMP);
                    insert.setString(8, ContentState.ACTIVE.name());
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            return null;
        });
        if (ids.size() != batch.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " keys for " + batch.size()
                    + " new Moments");
        }
        List<Object[]> markets = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            for (String market : batch.get(i).markets()) {
                markets.add(new Object[] {ids.get(i), market});
            }
        }
        if (!markets.isEmpty()) {
            jdbc.batchUpdate("insert into moment_market (moment_id, market_code) values (?, ?)", markets);
        }
        return ids;
    }

    /** The holds of Moments created in this transaction, not loaded in the session (none yet). */
    void insertHolds(Map<Long, Map<String, MarketHold>> holds) {
        Map<Long, Created> created = createdOrEmpty();
        holds.forEach((id, byMarket) -> {
            Created c = created.get(id);
            if (c != null) {
                c.moment().holdIn(byMarket);
            }
        });
        List<Object[]> rows = new ArrayList<>();
        holds.forEach((id, byMarket) -> byMarket.forEach((market, hold) -> rows.add(new Object[] {id, market,
                hold.isNotReleased() ? 1 : 0, utc(hold.getEmbargoedUntil()), utc(hold.getSpoilerHiddenUntil())})));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into moment_hold (moment_id, market_code, not_released, embargoed_until, "
                    + "spoiler_hidden_until) values (?, ?, ?, ?, ?)", rows, BATCH, (ps, row) -> {
                        ps.setLong(1, (Long) row[0]);
                        ps.setString(2, (String) row[1]);
                        ps.setInt(3, (Integer) row[2]);
                        ps.setObject(4, row[3], Types.TIMESTAMP);
                        ps.setObject(5, row[4], Types.TIMESTAMP);
                    });
        }
    }

    /** The spoiler subject of a Moment this transaction created here (what its holds are computed from). */
    @Nullable SpoilerSubject createdNow(long id) {
        Created created = createdOrEmpty().get(id);
        return created == null ? null : created.subject();
    }

    /**
     * A Moment this transaction inserted: its spoiler subject, and its unmanaged copy (with the holds
     * written for it) that the search index gets at commit.
     */
    private record Created(SpoilerSubject subject, Moment moment) {}

    private Map<Long, Created> createdOrEmpty() {
        @SuppressWarnings("unchecked")
        Map<Long, Created> created = (Map<Long, Created>) TransactionSynchronizationManager.getResource(this);
        return created == null ? Map.of() : created;
    }

    private Map<Long, Created> createdInTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("New Moments are written in a transaction");
        }
        @SuppressWarnings("unchecked")
        Map<Long, Created> created = (Map<Long, Created>) TransactionSynchronizationManager.getResource(this);
        if (created == null) {
            Map<Long, Created> fresh = new java.util.LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    index(fresh.values());
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NewMomentRows.this);
                }
            });
            created = fresh;
        }
        return created;
    }

    /**
     * Hibernate Search indexes what the session changes; these rows bypassed it, so each goes to its
     * indexing plan before the commit, which indexes it as it would a persisted one. Unless this
     * transaction has since loaded the row as an entity (which then holds the truth), the unmanaged
     * copy made at insert is indexed: reading 10,000 rows back with their markets and holds cost a
     * third of a bulk ingest (issue 11's benchmark).
     */
    private void index(java.util.Collection<Created> created) {
        var plan = Search.session(em).indexingPlan();
        var session = em.unwrap(org.hibernate.engine.spi.SessionImplementor.class);
        var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Moment.class);
        var context = session.getPersistenceContextInternal();
        for (Created c : created) {
            Object managed = context.getEntity(session.generateEntityKey(c.moment().getId(), persister));
            plan.addOrUpdate(managed != null ? managed : c.moment());
        }
    }

    private static @Nullable LocalDateTime utc(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
