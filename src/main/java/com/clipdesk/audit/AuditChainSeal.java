package com.clipdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Seals audit events into the hash chain on a JDBC connection inside the caller's transaction: locks
 * the one-row head {@code audit_chain_head}, gives each event the next seq, the previous hash and its
 * own hash over the row as stored, and moves the head. The head lock is held until the caller commits,
 * so callers take it last (see {@link AuditChain}). Used by the application at commit, by writers
 * outside JPA (the demo data loader) and by migration V18 for the rows that existed before.
 */
public final class AuditChainSeal {

    static final String COLUMNS = "id, occurred_at, actor, action, subject_kind, subject_id, market_code, summary";
    private static final int PAGE = 500;

    private AuditChainSeal() {}

    /** Seals every event this connection sees unsealed, in id order; returns how many. */
    public static int sealUnsealed(Connection c) throws SQLException {
        Head head = lockHead(c);
        int sealed = 0;
        while (true) {
            List<Long> ids = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select id from audit_event where seq is null order by id limit " + PAGE)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                return sealed;
            }
            head = sealPage(c, head, ids);
            sealed += ids.size();
        }
    }

    /** Seals these events (of the caller's transaction), in id order. */
    static void seal(Connection c, Collection<Long> ids) throws SQLException {
        List<Long> sorted = ids.stream().sorted().distinct().toList();
        Head head = lockHead(c);
        for (int from = 0; from < sorted.size(); from += PAGE) {
            head = sealPage(c, head, sorted.subList(from, Math.min(sorted.size(), from + PAGE)));
        }
    }

    private record Head(long seq, String hash) {}

    private static Head lockHead(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select seq, hash from audit_chain_head where id = 1 for update")) {
            if (!rs.next()) {
                throw new IllegalStateException("audit_chain_head has no row: the chain cannot continue");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    private static Head sealPage(Connection c, Head head, List<Long> ids) throws SQLException {
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        long seq = head.seq();
        String prev = head.hash();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select " + COLUMNS + " from audit_event where id in (" + in
                        + ") and seq is null order by id");
                PreparedStatement update = c.prepareStatement(
                        "update audit_event set seq = ?, prev_hash = ?, hash = ? where id = ? and hash is null")) {
            while (rs.next()) {
                seq++;
                String hash = AuditChainHash.hash(read(rs, seq, prev));
                update.setLong(1, seq);
                update.setString(2, prev);
                update.setString(3, hash);
                update.setLong(4, rs.getLong(1));
                update.addBatch();
                prev = hash;
            }
            update.executeBatch();
        }
        try (PreparedStatement moveHead = c.prepareStatement("update audit_chain_head set seq = ?, hash = ? where id = 1")) {
            moveHead.setLong(1, seq);
            moveHead.setString(2, prev);
            moveHead.executeUpdate();
        }
        return new Head(seq, prev);
    }

    /** A row selected with {@link #COLUMNS} (in that order) at chain position {@code seq}. */
    static AuditChainHash.Sealed read(ResultSet rs, long seq, String prevHash) throws SQLException {
        return new AuditChainHash.Sealed(seq, prevHash, rs.getLong("id"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject_kind"), rs.getString("subject_id"),
                rs.getString("market_code"), rs.getString("summary"));
    }
}
