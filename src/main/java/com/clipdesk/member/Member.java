package com.clipdesk.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A member of the streaming service, known to staff only by a pseudonymous handle. */
@Entity
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, unique = true)
    private String handle;

    @Column(name = "home_market", nullable = false, length = 8)
    private String homeMarket;

    /** 13_17, 18_24, 25_34, 35_54 or 55_PLUS: sharing policies gate titles by age band. */
    @Column(name = "age_band", nullable = false, length = 8)
    private String ageBand;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Member() {}

    public Member(String handle, String homeMarket, String ageBand, Instant joinedAt) {
        this.handle = handle;
        this.homeMarket = homeMarket;
        this.ageBand = ageBand;
        this.joinedAt = joinedAt;
    }

    public Long getId() {
        return id;
    }

    public String getHandle() {
        return handle;
    }

    public String getHomeMarket() {
        return homeMarket;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    /** The product moved the member to another home market or age band (ingest API, a newer version). */
    public void revise(String homeMarket, String ageBand) {
        this.homeMarket = homeMarket;
        this.ageBand = ageBand;
    }
}
