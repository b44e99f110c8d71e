package com.clipdesk.content;

import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A synchronised viewing of an episode in one market, with a chat. */
@Entity
@Table(name = "watch_party")
public class WatchParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id")
    private Member host;

    @Column(name = "market_code", nullable = false, length = 8)
    private String marketCode;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected WatchParty() {}

    public WatchParty(Episode episode, Member host, String marketCode, Instant startedAt) {
        this.episode = episode;
        this.host = host;
        this.marketCode = marketCode;
        this.startedAt = startedAt;
    }

    public Long getId() {
        return id;
    }

    public Episode getEpisode() {
        return episode;
    }

    public Member getHost() {
        return host;
    }

    public String getMarketCode() {
        return marketCode;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
