package com.clipdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Season {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private Title title;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String name;

    @OneToMany(mappedBy = "season")
    @OrderBy("number")
    private List<Episode> episodes = new ArrayList<>();

    protected Season() {}

    public Season(Title title, int number, String name) {
        this.title = title;
        this.number = number;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Title getTitle() {
        return title;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public List<Episode> getEpisodes() {
        return episodes;
    }
}
