package com.clipdesk.spoiler;

import com.clipdesk.catalog.TitleKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * How many days after an episode's release in a market its spoiler-flagged items stay hidden there,
 * per title kind: a default for every market (market null) and overrides per market.
 */
@Entity
@Table(name = "spoiler_window")
class SpoilerWindow {

    static final int MAX_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null: the default for markets without an override. */
    @Column(name = "market_code", length = 8)
    private @Nullable String marketCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_kind", nullable = false, length = 20)
    private TitleKind titleKind;

    @Column(nullable = false)
    private int days;

    @Version
    private long version;

    protected SpoilerWindow() {}

    SpoilerWindow(@Nullable String marketCode, TitleKind titleKind, int days) {
        this.marketCode = marketCode;
        this.titleKind = titleKind;
        change(days);
    }

    /** A window lasts 0 (spoilers clear at release) to {@value #MAX_DAYS} days. */
    void change(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A spoiler window lasts 0 to " + MAX_DAYS + " days, not " + days);
        }
        this.days = days;
    }

    Long getId() {
        return id;
    }

    @Nullable String getMarketCode() {
        return marketCode;
    }

    TitleKind getTitleKind() {
        return titleKind;
    }

    int getDays() {
        return days;
    }

    long getVersion() {
        return version;
    }
}
