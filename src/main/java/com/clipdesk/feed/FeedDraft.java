package com.clipdesk.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A feed entry being built in the deciding transaction: everything but its seq, which it gets at
 * commit ({@link FeedOutbox}). {@code reference} ("takedown #12", "decision #40", "appeal #3") is how
 * the member notices of the same decision find it.
 */
final class FeedDraft {

    final FeedType type;
    final String subjectKind;
    final String subjectId;
    final @Nullable String externalId;
    final Set<String> markets;
    final Instant occurredAt;
    final ActorKind actor;
    final @Nullable String reference;
    final Map<String, @Nullable Object> decision = new LinkedHashMap<>();
    final List<Map<String, @Nullable Object>> notices = new ArrayList<>();

    FeedDraft(FeedType type, String subjectKind, Object subjectId, @Nullable String externalId,
            Set<String> markets, Instant occurredAt, ActorKind actor, @Nullable String reference) {
        this.type = type;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId.toString();
        this.externalId = externalId;
        this.markets = new TreeSet<>(markets);
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.reference = reference;
    }

    /** Adds a decision detail; null values are written as JSON null, so every entry of a type has the same keys. */
    FeedDraft with(String key, @Nullable Object value) {
        decision.put(key, value);
        return this;
    }

    /** The one market of the entry for the indexed column, or null when it concerns several (or none). */
    @Nullable String singleMarket() {
        return markets.size() == 1 ? markets.iterator().next() : null;
    }

    /** Who decided: a staff member, a rule, or the system (a schedule, a threshold). Names stay out of the feed. */
    enum ActorKind {
        STAFF, RULE, SYSTEM;

        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The kind of actor an event's "decided by" names: "system" (automatic) or a staff member's name. */
        static ActorKind of(@Nullable String decidedBy) {
            if (decidedBy == null || decidedBy.isBlank() || "system".equals(decidedBy)) {
                return SYSTEM;
            }
            return decidedBy.startsWith("rule:") ? RULE : STAFF;
        }
    }
}
