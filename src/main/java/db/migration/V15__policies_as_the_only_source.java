package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 8: the sharing policies become the only source of the spoiler windows (issue 7's table
 * {@code spoiler_window} goes) and of pre-moderation (the market flag {@code market.pre_moderation} goes).
 *
 * <ol>
 * <li>Every policy version's spoiler rule {@code {"enabled":…,"days":N}} becomes
 * {@code {"enabled":…,"days":{"SERIES":N,…}}} (a length per title kind; the same meaning).</li>
 * <li>What was in force before is kept: the windows of the {@code spoiler_window} table (defaults per
 * kind, overrides per market), and pre-moderation of all submissions in the markets flagged for it
 * (none elsewhere). Where the published policies give something else, a new version is published
 * by {@code system} for the default and for each market concerned, saying why. Each takes effect from
 * the effective time of the version it replaces (for a market without its own version, the default's),
 * so the windows of items released before the migration stay what they were. A published version is
 * never edited; these versions stay in the history like any other.</li>
 * </ol>
 * A Java migration: reading and rewriting JSON is not portable SQL. Runs the same on H2 and MariaDB/MySQL.
 */
public class V15__policies_as_the_only_source extends BaseJavaMigration {

    private static final String DEFAULT = "*";
    private static final List<String> KINDS = List.of("SERIES", "FILM", "DOCUMENTARY", "ANIME");
    private static final String NOTE = "Spoiler windows and pre-moderation moved into the sharing policies (migration "
            + "V15): what was in force before, kept.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Version(long id, String market, int number, String status, ObjectNode rules,
            Instant effectiveAt) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<String, Integer> defaults = new HashMap<>();
        Map<String, Map<String, Integer>> overrides = new TreeMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select market_code, title_kind, days from spoiler_window")) {
            while (rs.next()) {
                String market = rs.getString(1);
                if (market == null) {
                    defaults.put(rs.getString(2), rs.getInt(3));
                } else {
                    overrides.computeIfAbsent(market, m -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        }
        List<Version> versions = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select id, market_code, number, status, rules, effective_at from policy_version")) {
            while (rs.next()) {
                LocalDateTime effective = rs.getObject(6, LocalDateTime.class);
                versions.add(new Version(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        (ObjectNode) JSON.readTree(rs.getString(5)),
                        effective == null ? null : effective.toInstant(ZoneOffset.UTC)));
            }
        }
        // 1. a length per title kind in every version
        try (PreparedStatement update = c.prepareStatement("update policy_version set rules = ? where id = ?")) {
            for (Version v : versions) {
                JsonNode spoiler = v.rules().get("spoiler");
                if (spoiler instanceof ObjectNode rule && rule.get("days") != null && rule.get("days").isNumber()) {
                    int days = rule.get("days").asInt();
                    ObjectNode perKind = rule.putObject("days");
                    KINDS.forEach(k -> perKind.put(k, days));
                    update.setString(1, JSON.writeValueAsString(v.rules()));
                    update.setLong(2, v.id());
                    update.executeUpdate();
                }
            }
        }
        // 2. the windows in force before, kept
        Instant now = Instant.now();
        Version liveDefault = live(versions, DEFAULT, now);
        Map<String, Boolean> preModeration = new TreeMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select code, pre_moderation from market order by code")) {
            while (rs.next()) {
                preModeration.put(rs.getString(1), rs.getInt(2) != 0);
            }
        }
        if (liveDefault != null) {
            keep(c, defaults, overrides, preModeration, liveDefault, versions, now);
        }
        // 3. the policies are the only source
        try (Statement st = c.createStatement()) {
            st.executeUpdate("drop table spoiler_window");
            st.executeUpdate("alter table market drop column pre_moderation");
        }
    }

    private static void keep(Connection c, Map<String, Integer> defaults, Map<String, Map<String, Integer>> overrides,
            Map<String, Boolean> preModeration, Version liveDefault, List<Version> versions, Instant now)
            throws Exception {
        boolean windows = !defaults.isEmpty();
        Map<String, Integer> liveDefaultDays = days(liveDefault.rules());
        Map<String, Integer> defaultDays = new HashMap<>(windows ? defaults : liveDefaultDays);
        for (String k : KINDS) {
            defaultDays.putIfAbsent(k, 0);
        }
        if (windows && (!liveDefaultDays.equals(defaultDays) || !enabled(liveDefault.rules()))) {
            ObjectNode rules = liveDefault.rules().deepCopy();
            rules.set("spoiler", rule(true, defaultDays));
            publish(c, DEFAULT, rules, liveDefault, versions, now, liveDefault.effectiveAt());
        }
        String defaultMode = mode(liveDefault.rules().get("preModeration"));
        for (String market : preModeration.keySet()) {
            Version own = live(versions, market, now);
            ObjectNode ownRules = own == null ? null : own.rules();
            ObjectNode rules = ownRules == null ? inheritAll() : ownRules.deepCopy();
            boolean changed = windows && keepWindows(rules, ownRules, defaultDays, overrides.getOrDefault(market, Map.of()));
            // pre-moderation: all submissions where the market was flagged, none elsewhere
            String given = ownRules == null || ownRules.get("preModeration") == null
                    || ownRules.get("preModeration").isNull() ? defaultMode : mode(ownRules.get("preModeration"));
            String wanted = preModeration.get(market) ? "ALL" : "NONE";
            if (!wanted.equals(given)) {
                if (wanted.equals(defaultMode)) {
                    rules.putNull("preModeration");
                } else {
                    ObjectNode rule = rules.putObject("preModeration");
                    rule.put("mode", wanted);
                    rule.putArray("ratings");
                }
                changed = true;
            }
            if (changed) {
                publish(c, market, rules, own, versions, now, own == null ? liveDefault.effectiveAt() : own.effectiveAt());
            }
        }
    }

    private static String mode(JsonNode preModeration) {
        return preModeration == null || preModeration.isNull() || preModeration.get("mode") == null ? "NONE"
                : preModeration.get("mode").asString();
    }

    /** Sets the market's spoiler rule so its windows are the kept ones; whether anything changed. */
    private static boolean keepWindows(ObjectNode rules, ObjectNode ownRules, Map<String, Integer> defaultDays,
            Map<String, Integer> override) {
        Map<String, Integer> wanted = new HashMap<>(defaultDays);
        wanted.putAll(override);
        // what the policies give the market now: its own rule over the (kept) default
        boolean enabled = ownRules == null || enabled(ownRules);
        Map<String, Integer> given = new HashMap<>(defaultDays);
        if (ownRules != null) {
            given.putAll(days(ownRules));
        }
        if (enabled && given.equals(wanted)) {
            return false;
        }
        Map<String, Integer> differing = new TreeMap<>();
        wanted.forEach((k, d) -> {
            if (!Objects.equals(defaultDays.get(k), d)) {
                differing.put(k, d);
            }
        });
        if (differing.isEmpty()) {
            rules.putNull("spoiler"); // the (kept) default's windows are the market's
        } else {
            rules.set("spoiler", rule(true, differing));
        }
        return true;
    }

    /** The published version in force at {@code at}: latest effective time not after it, then highest number. */
    private static Version live(List<Version> versions, String market, Instant at) {
        Version live = null;
        for (Version v : versions) {
            if (v.market().equals(market) && "PUBLISHED".equals(v.status()) && v.effectiveAt() != null
                    && !v.effectiveAt().isAfter(at) && (live == null || v.effectiveAt().isAfter(live.effectiveAt())
                            || (v.effectiveAt().equals(live.effectiveAt()) && v.number() > live.number()))) {
                live = v;
            }
        }
        return live;
    }

    /** Whether the version's spoiler rule is on; a version without one (inherited) counts as on. */
    private static boolean enabled(ObjectNode rules) {
        JsonNode spoiler = rules.get("spoiler");
        return spoiler == null || spoiler.isNull() || spoiler.get("enabled") == null
                || spoiler.get("enabled").asBoolean();
    }

    /** The lengths per kind the version's spoiler rule lists (none when it has no rule). */
    private static Map<String, Integer> days(ObjectNode rules) {
        Map<String, Integer> days = new HashMap<>();
        JsonNode spoiler = rules.get("spoiler");
        if (spoiler == null || spoiler.isNull() || spoiler.get("days") == null) {
            return days;
        }
        for (String k : KINDS) {
            JsonNode d = spoiler.get("days").get(k);
            if (d != null) {
                days.put(k, d.asInt());
            }
        }
        return days;
    }

    private static ObjectNode rule(boolean enabled, Map<String, Integer> days) {
        ObjectNode rule = JSON.createObjectNode();
        rule.put("enabled", enabled);
        ObjectNode perKind = rule.putObject("days");
        new TreeMap<>(days).forEach(perKind::put);
        return rule;
    }

    private static ObjectNode inheritAll() {
        ObjectNode rules = JSON.createObjectNode();
        for (String rule : List.of("destinations", "maxClipSeconds", "blackouts", "minimumAge", "preModeration",
                "spoiler")) {
            rules.putNull(rule);
        }
        return rules;
    }

    private static void publish(Connection c, String market, ObjectNode rules, Version basedOn, List<Version> versions,
            Instant now, Instant effectiveAt) throws Exception {
        int number = versions.stream().filter(v -> v.market().equals(market)).mapToInt(Version::number).max().orElse(0) + 1;
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement insert = c.prepareStatement("insert into policy_version (market_code, number, status,"
                + " rules, note, based_on, author, created_at, last_edited_by, submitted_at, reviewed_by, reviewed_at,"
                + " review_note, effective_at, published_by, published_at, version)"
                + " values (?, ?, 'PUBLISHED', ?, ?, ?, 'system', ?, 'system', ?, 'system', ?, ?, ?, 'system', ?, 0)")) {
            insert.setString(1, market);
            insert.setInt(2, number);
            insert.setString(3, JSON.writeValueAsString(rules));
            insert.setString(4, NOTE);
            if (basedOn == null) {
                insert.setNull(5, java.sql.Types.BIGINT);
            } else {
                insert.setLong(5, basedOn.id());
            }
            for (int i = 6; i <= 8; i++) {
                insert.setObject(i, at);
            }
            insert.setString(9, NOTE);
            insert.setObject(10, LocalDateTime.ofInstant(effectiveAt, ZoneOffset.UTC));
            insert.setObject(11, at);
            insert.executeUpdate();
        }
        Long id = null;
        try (PreparedStatement find = c.prepareStatement(
                "select id from policy_version where market_code = ? and number = ?")) {
            find.setString(1, market);
            find.setInt(2, number);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
        }
        try (PreparedStatement audit = c.prepareStatement("insert into audit_event (occurred_at, actor, action,"
                + " subject_kind, subject_id, market_code, summary) values (?, 'system', 'POLICY_PUBLISHED',"
                + " 'POLICY_VERSION', ?, ?, ?)")) {
            audit.setObject(1, at);
            audit.setString(2, String.valueOf(id));
            audit.setString(3, DEFAULT.equals(market) ? null : market);
            audit.setString(4, "Published " + (DEFAULT.equals(market) ? "the default policy" : market + "'s policy")
                    + " v" + number + ", effective " + effectiveAt + ": " + NOTE);
            audit.executeUpdate();
        }
        versions.add(new Version(id == null ? -1 : id, market, number, "PUBLISHED", rules, effectiveAt));
    }
}
