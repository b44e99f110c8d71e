package db.migration;

import com.clipdesk.audit.AppendOnlyGuard;
import com.clipdesk.audit.AuditChainHash;
import com.clipdesk.audit.AuditChainSeal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 10: the audit trail becomes a hash chain and append-only at the database.
 *
 * <ol>
 * <li>{@code audit_event} gets {@code seq} (chain position, unique), {@code prev_hash} and {@code hash}
 * (SHA-256 of {@link AuditChainHash}'s canonical form, version 1); {@code audit_chain_head} holds the
 * tip (one row, seq 0 and the genesis hash on an empty chain).</li>
 * <li>The events already there are sealed in id order.</li>
 * <li>Triggers ({@link AppendOnlyGuard}) refuse DELETE and any UPDATE of a sealed event. A database
 * user with DDL rights can drop them; the verifier finds what such a user changed.</li>
 * <li>Indexes for the audit viewer's filters, newest first: by market, actor, action, subject.</li>
 * </ol>
 * A Java migration: the hashes are computed in Java (the same code the application seals with), and
 * the triggers differ between H2 and MariaDB/MySQL.
 */
public class V18__audit_hash_chain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean mysql = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
        try (Statement st = c.createStatement()) {
            st.execute("alter table audit_event add column seq bigint");
            st.execute("alter table audit_event add column prev_hash varchar(64)");
            st.execute("alter table audit_event add column hash varchar(64)");
            st.execute("create unique index ux_audit_seq on audit_event (seq)");
            st.execute("create table audit_chain_head (id int not null primary key, seq bigint not null, "
                    + "hash varchar(64) not null)");
            st.execute("insert into audit_chain_head (id, seq, hash) values (1, 0, '" + AuditChainHash.GENESIS + "')");
            // newest first under each filter: InnoDB appends the primary key to secondary indexes, H2 needs it named
            st.execute("create index ix_audit_market on audit_event (market_code, id)");
            st.execute("create index ix_audit_actor on audit_event (actor, id)");
            st.execute("create index ix_audit_action on audit_event (action, id)");
            st.execute("create index ix_audit_subject_id on audit_event (subject_kind, subject_id, id)");
            st.execute((mysql ? "alter table audit_event drop index" : "drop index") + " ix_audit_subject");
        }
        AuditChainSeal.sealUnsealed(c);
        AppendOnlyGuard.install(c);
    }
}
