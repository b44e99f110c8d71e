package com.clipdesk.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/** {@link AppendOnlyGuard}'s triggers on H2, which has no procedural SQL. Public: H2 instantiates it. */
public class AppendOnlyH2Trigger implements Trigger {

    private static final List<String> SEAL_COLUMNS = List.of("seq", "prev_hash", "hash");
    private String table = "";
    private final List<String> columns = new ArrayList<>();

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toLowerCase(Locale.ROOT);
        try (ResultSet rs = c.getMetaData().getColumns(null, schema, table, null)) {
            var byPosition = new java.util.TreeMap<Integer, String>();
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
            columns.addAll(byPosition.values());
        }
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            throw refused(table.equals("audit_event") ? AppendOnlyGuard.REFUSED + ": no delete"
                    : "audit_chain_head cannot be deleted");
        }
        if (table.equals("audit_chain_head")) {
            int seq = columns.indexOf("seq");
            if (((Number) newRow[seq]).longValue() < ((Number) oldRow[seq]).longValue()
                    || !Objects.equals(newRow[columns.indexOf("id")], oldRow[columns.indexOf("id")])) {
                throw refused("audit_chain_head only moves forward");
            }
            return;
        }
        boolean sealing = oldRow[columns.indexOf("hash")] == null && oldRow[columns.indexOf("seq")] == null
                && newRow[columns.indexOf("hash")] != null && newRow[columns.indexOf("seq")] != null;
        for (int i = 0; i < columns.size() && sealing; i++) {
            sealing = SEAL_COLUMNS.contains(columns.get(i)) || Objects.equals(oldRow[i], newRow[i]);
        }
        if (!sealing) {
            throw refused(AppendOnlyGuard.REFUSED + ": a sealed event cannot change");
        }
    }

    private static SQLException refused(String message) {
        return new SQLException(message, "45000");
    }
}
