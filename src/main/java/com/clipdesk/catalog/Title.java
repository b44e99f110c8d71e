package com.clipdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A series, film or documentary of the catalog. A film is one season with one episode. */
@Entity
public class Title {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TitleKind kind;

    /** ALL, 7+, 13+, 16+ or 18+: compared with a member's age band by sharing policies. */
    @Column(name = "maturity_rating", nullable = false, length = 8)
    private String maturityRating;

    @Column(name = "original_language", nullable = false, length = 16)
    private String originalLanguage;

    @Column(name = "release_year", nullable = false)
    private int releaseYear;

    @OneToMany(mappedBy = "title")
    @OrderBy("number")
    private List<Season> seasons = new ArrayList<>();

    protected Title() {}

    public Title(String name, TitleKind kind, String maturityRating, String originalLanguage, int releaseYear) {
        this.name = name;
        this.kind = kind;
        this.maturityRating = maturityRating;
        this.originalLanguage = originalLanguage;
        this.releaseYear = releaseYear;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TitleKind getKind() {
        return kind;
    }

    public String getMaturityRating() {
        return maturityRating;
    }

    public String getOriginalLanguage() {
        return originalLanguage;
    }

    public int getReleaseYear() {
        return releaseYear;
    }

    public List<Season> getSeasons() {
        return seasons;
    }
}
