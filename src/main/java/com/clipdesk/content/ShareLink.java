package com.clipdesk.content;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A link a member shared a Moment with; it resolves back to the title until it is revoked. */
@Entity
public class ShareLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "moment_id")
    private Moment moment;

    @Column(nullable = false, length = 32, unique = true)
    private String token;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ShareDestination destination;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ShareLink() {}

    public ShareLink(Moment moment, String token, ShareDestination destination, Instant createdAt) {
        this.moment = moment;
        this.token = token;
        this.destination = destination;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Moment getMoment() {
        return moment;
    }

    public String getToken() {
        return token;
    }

    public ShareDestination getDestination() {
        return destination;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Stops the link from resolving; revoking twice keeps the first time. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** The product changed where the link was shared to (ingest API, a newer version). */
    void reviseDestination(ShareDestination destination) {
        this.destination = destination;
    }
}
