package com.clipdesk.ingest;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product's ids of items it pushed in (table {@code external_ref}), looked up by Clipdesk id: the
 * decision feed carries them back so the product knows its own items. Items Clipdesk created itself
 * (demo data, staff actions) have none.
 */
@Service
public class ExternalIds {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    ExternalIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The external id of one item, if the product pushed it. */
    @Transactional(readOnly = true)
    public Optional<String> externalId(ExternalKind kind, long internalId) {
        List<String> ids = jdbc.queryForList("select external_id from external_ref where kind = ? and internal_id = ?",
                String.class, kind.name(), internalId);
        return ids.stream().findFirst();
    }

    /** External ids of many items of one kind, by Clipdesk id; items without one are absent. */
    @Transactional(readOnly = true)
    public Map<Long, String> externalIds(ExternalKind kind, Collection<Long> internalIds) {
        Map<Long, String> found = new HashMap<>();
        queryIn(jdbc, "select internal_id, external_id", kind, "internal_id", internalIds.stream().distinct().toList(),
                "", rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                });
        return found;
    }

    /**
     * Runs {@code <select> from external_ref where kind = ? and <column> in (…)<suffix>} over the values in
     * chunks of {@value #CHUNK} (one IN list each), handing every row to {@code row}. Shared with the
     * ingest writer's locking lookup of a chunk's refs.
     */
    static void queryIn(JdbcTemplate jdbc, String select, ExternalKind kind, String column, List<?> values, String suffix,
            RowCallbackHandler row) {
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<?> part = values.subList(from, Math.min(values.size(), from + CHUNK));
            Object[] args = new Object[part.size() + 1];
            args[0] = kind.name();
            for (int i = 0; i < part.size(); i++) {
                args[i + 1] = part.get(i);
            }
            jdbc.query(select + " from external_ref where kind = ? and " + column + " in ("
                    + String.join(",", Collections.nCopies(part.size(), "?")) + ")" + suffix, row, args);
        }
    }

    /** The Clipdesk id of an item the product pushed, by its external id. */
    @Transactional(readOnly = true)
    public Optional<Long> internalId(ExternalKind kind, String externalId) {
        List<Long> ids = jdbc.queryForList("select internal_id from external_ref where kind = ? and external_id = ?",
                Long.class, kind.name(), externalId);
        return ids.stream().findFirst();
    }
}
