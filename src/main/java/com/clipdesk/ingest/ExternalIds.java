package com.clipdesk.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
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
        List<Long> ids = internalIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = kind.name();
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            jdbc.query("select internal_id, external_id from external_ref where kind = ? and internal_id in (" + marks + ")",
                    rs -> {
                        found.put(rs.getLong(1), rs.getString(2));
                    }, args);
        }
        return found;
    }

    /** The Clipdesk id of an item the product pushed, by its external id. */
    @Transactional(readOnly = true)
    public Optional<Long> internalId(ExternalKind kind, String externalId) {
        List<Long> ids = jdbc.queryForList("select internal_id from external_ref where kind = ? and external_id = ?",
                Long.class, kind.name(), externalId);
        return ids.stream().findFirst();
    }
}
