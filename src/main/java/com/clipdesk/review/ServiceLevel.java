package com.clipdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;

/**
 * How long a case may wait for a decision, per reason and market. The market {@value #ALL_MARKETS}
 * is the default for markets without their own row.
 */
@Entity
@Table(name = "review_sla")
public class ServiceLevel {

    public static final String ALL_MARKETS = "*";
    /** The reason key of pre-moderation cases, beside the report reasons' names. */
    public static final String PRE_MODERATION = "PRE_MODERATION";
    public static final int MAX_HOURS = 24 * 30;

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int hours;

    @Version
    private long version;

    protected ServiceLevel() {}

    public ServiceLevel(String reason, String marketCode, int hours) {
        this.key = new Key(reason, marketCode);
        setHours(hours);
    }

    public void setHours(int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new IllegalArgumentException("A service level is 1 to " + MAX_HOURS + " hours");
        }
        this.hours = hours;
    }

    public String getReason() {
        return key.reason;
    }

    public String getMarketCode() {
        return key.marketCode;
    }

    public int getHours() {
        return hours;
    }

    public Duration duration() {
        return Duration.ofHours(hours);
    }

    public long getVersion() {
        return version;
    }

    @Embeddable
    public record Key(@Column(length = 30) String reason, @Column(name = "market_code", length = 8) String marketCode)
            implements Serializable {}
}
