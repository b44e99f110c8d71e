package com.clipdesk.rules;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.staff.MarketScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rule_hit table: one row per rule and item, written by matching and read by the rules page.
 * Plain JDBC: rows are written in bulk by a background job and read in pages, never edited.
 */
@Component
class RuleHits {

    private final JdbcClient jdbc;

    RuleHits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the hit; false when the rule had matched the item already (nothing written). */
    boolean record(Rule rule, ContentRef item, Set<String> markets, HitOutcome outcome, String detail, Instant at) {
        try {
            jdbc.sql("""
                    insert into rule_hit (rule_id, item_kind, item_id, markets, mode, action, outcome, detail, revision,
                                          hit_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .param(rule.getId()).param(item.kind().name()).param(item.id())
                    .param(clip(String.join(",", new TreeSet<>(markets)), 100)).param(rule.getMode().name())
                    .param(rule.getAction().name()).param(outcome.name()).param(clip(detail, 300))
                    .param(rule.getRevision()).param(Timestamp.from(at)).update();
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    boolean exists(long ruleId, ContentRef item) {
        return jdbc.sql("select count(*) from rule_hit where rule_id = ? and item_kind = ? and item_id = ?")
                .param(ruleId).param(item.kind().name()).param(item.id()).query(Long.class).single() > 0;
    }

    /** Per rule, hits since {@code since} in shadow mode (what it would have done). */
    Map<Long, Long> shadowCountsSince(Instant since) {
        return countsSince(since, RuleMode.SHADOW);
    }

    /** Per rule, hits since {@code since} while enabled (it acted, or its action failed). */
    Map<Long, Long> liveCountsSince(Instant since) {
        return countsSince(since, RuleMode.ENABLED);
    }

    private Map<Long, Long> countsSince(Instant since, RuleMode mode) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select rule_id, count(*) from rule_hit where mode = ? and hit_at >= ? group by rule_id")
                .param(mode.name()).param(Timestamp.from(since))
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /** A page of the rule's hits in the staff member's markets, newest first. */
    List<RuleHit> page(long ruleId, MarketScope scope, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(ruleId));
        String where = scoped(scope, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select id, rule_id, item_kind, item_id, markets, mode, action, outcome, detail, revision, "
                + "hit_at from rule_hit where rule_id = ?" + where + " order by hit_at desc, id desc limit ? offset ?")
                .params(params).query(RuleHits::hit).list();
    }

    long count(long ruleId, MarketScope scope) {
        List<Object> params = new ArrayList<>(List.of(ruleId));
        String where = scoped(scope, params);
        return jdbc.sql("select count(*) from rule_hit where rule_id = ?" + where).params(params)
                .query(Long.class).single();
    }

    void deleteOf(long ruleId) {
        jdbc.sql("delete from rule_hit where rule_id = ?").param(ruleId).update();
    }

    /** Hits listed in one of the scope's markets: markets is "BR,FR", matched as ",BR," in ",BR,FR,". */
    private static String scoped(MarketScope scope, List<Object> params) {
        if (scope.allMarkets()) {
            return "";
        }
        if (scope.isEmpty()) {
            return " and 1 = 0";
        }
        List<String> any = new ArrayList<>();
        for (String market : new TreeSet<>(scope.markets())) {
            any.add("concat(',', markets, ',') like ?");
            params.add("%," + market + ",%");
        }
        return " and (" + String.join(" or ", any) + ")";
    }

    private static RuleHit hit(ResultSet rs, int n) throws SQLException {
        String markets = rs.getString(5);
        return new RuleHit(rs.getLong(1), rs.getLong(2), ContentKind.valueOf(rs.getString(3)), rs.getLong(4),
                markets.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(markets.split(","))),
                RuleMode.valueOf(rs.getString(6)), RuleAction.valueOf(rs.getString(7)),
                HitOutcome.valueOf(rs.getString(8)), rs.getString(9), rs.getInt(10), rs.getTimestamp(11).toInstant());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
