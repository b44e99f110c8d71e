package com.clipdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** When an episode becomes available in one market. Markets get the same episode on different dates. */
@Entity
public class TitleRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @Column(name = "market_code", nullable = false, length = 8)
    private String marketCode;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    // admins move dates concurrently (V13)
    @Version
    private long version;

    protected TitleRelease() {}

    public TitleRelease(Episode episode, String marketCode, Instant releasedAt) {
        this.episode = episode;
        this.marketCode = marketCode;
        this.releasedAt = releasedAt;
    }

    public Long getId() {
        return id;
    }

    public Episode getEpisode() {
        return episode;
    }

    public String getMarketCode() {
        return marketCode;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Moves the release in this market (later re-embargoes the episode there, earlier lifts it sooner). */
    void moveTo(Instant releasedAt) {
        this.releasedAt = releasedAt;
    }
}
