package com.clipdesk.takedown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a takedown's life: applied, narrowed to some markets, lifted. Never changed once written. */
@Entity
@Immutable
class TakedownHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "takedown_id")
    private Takedown takedown;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private TakedownAction action;

    /** The markets in force after the step: "*" for everywhere, "FR, DE", or "" once lifted. */
    @Column(nullable = false, length = 400)
    private String markets;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = Takedown.TEXT_MAX)
    private String reason;

    protected TakedownHistory() {}

    TakedownHistory(Takedown takedown, TakedownAction action, String markets, String actor, Instant occurredAt,
            String reason) {
        this.takedown = takedown;
        this.action = action;
        this.markets = markets;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    TakedownHistoryLine line() {
        return new TakedownHistoryLine(action, markets, actor, occurredAt, reason);
    }
}
