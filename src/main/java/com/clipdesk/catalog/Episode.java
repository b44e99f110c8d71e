package com.clipdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;

/** An episode of a season; a film is the single episode of its single season. */
@Entity
public class Episode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "season_id")
    private Season season;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "duration_s", nullable = false)
    private int durationSeconds;

    protected Episode() {}

    public Episode(Season season, int number, String name, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("An episode lasts more than zero seconds");
        }
        this.season = season;
        this.number = number;
        this.name = name;
        this.durationSeconds = Math.toIntExact(duration.toSeconds());
    }

    public Long getId() {
        return id;
    }

    public Season getSeason() {
        return season;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public int getDurationSeconds() {
        return durationSeconds;
    }

    /** "Operation Marigold · S2 E5 · The Long Night", or just the title for a film. */
    public String titleAndLabel() {
        Title title = season.getTitle();
        return title.getKind() == TitleKind.FILM ? title.getName() : title.getName() + " · " + label();
    }

    /** "S2 E5 · The Long Night", or just the name for a film. */
    public String label() {
        Title title = season.getTitle();
        if (title.getKind() == TitleKind.FILM) {
            return title.getName();
        }
        return "S" + season.getNumber() + " E" + number + " · " + name;
    }
}
