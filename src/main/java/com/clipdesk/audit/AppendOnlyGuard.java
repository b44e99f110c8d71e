package com.clipdesk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The database's side of "append-only": triggers that refuse every DELETE of an audit event and every
 * UPDATE except the one that seals it (seq, prev_hash and hash set once, all other columns unchanged),
 * and refuse moving the chain head backwards or deleting it. MariaDB/MySQL get SQL triggers
 * ({@code SIGNAL SQLSTATE '45000'}); H2 gets {@link AppendOnlyH2Trigger}.
 *
 * <p>A user with the TRIGGER or DROP privilege can remove them: that is why the verifier exists, and why
 * in production the application's database user should hold only SELECT, INSERT, UPDATE, DELETE on
 * the schema, with migrations run by a separate user (README, "Production").
 */
public final class AppendOnlyGuard {

    static final String REFUSED = "audit_event is append-only";
    private static final List<String> TRIGGERS = List.of("audit_event_no_delete", "audit_event_seal_once",
            "audit_chain_head_no_delete", "audit_chain_head_forward_only");

    private AppendOnlyGuard() {}

    public static void install(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (isMysqlFamily(c)) {
                st.execute("create trigger audit_event_no_delete before delete on audit_event for each row "
                        + "signal sqlstate '45000' set message_text = '" + REFUSED + ": no delete'");
                st.execute("create trigger audit_event_seal_once before update on audit_event for each row begin "
                        + "if old.hash is not null or old.seq is not null or new.hash is null or new.seq is null "
                        + "or new.id <> old.id or new.occurred_at <> old.occurred_at or new.actor <> old.actor "
                        + "or new.action <> old.action or not (new.subject_kind <=> old.subject_kind) "
                        + "or not (new.subject_id <=> old.subject_id) or not (new.market_code <=> old.market_code) "
                        + "or new.summary <> old.summary then "
                        + "signal sqlstate '45000' set message_text = '" + REFUSED + ": a sealed event cannot change'; "
                        + "end if; end");
                st.execute("create trigger audit_chain_head_no_delete before delete on audit_chain_head for each row "
                        + "signal sqlstate '45000' set message_text = 'audit_chain_head cannot be deleted'");
                st.execute("create trigger audit_chain_head_forward_only before update on audit_chain_head for each row "
                        + "begin if new.seq < old.seq or new.id <> old.id then "
                        + "signal sqlstate '45000' set message_text = 'audit_chain_head only moves forward'; "
                        + "end if; end");
            } else {
                String h2 = "'" + AppendOnlyH2Trigger.class.getName() + "'";
                st.execute("create trigger audit_event_no_delete before delete on audit_event for each row call " + h2);
                st.execute("create trigger audit_event_seal_once before update on audit_event for each row call " + h2);
                st.execute("create trigger audit_chain_head_no_delete before delete on audit_chain_head for each row call "
                        + h2);
                st.execute("create trigger audit_chain_head_forward_only before update on audit_chain_head for each row "
                        + "call " + h2);
            }
        }
    }

    /** What a DBA with DDL rights can do (tests use it to tamper as one would). */
    public static void remove(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String trigger : TRIGGERS) {
                st.execute("drop trigger if exists " + trigger);
            }
        }
    }

    static boolean isMysqlFamily(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
