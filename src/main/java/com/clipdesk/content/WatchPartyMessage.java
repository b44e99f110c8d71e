package com.clipdesk.content;

import com.clipdesk.member.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;

/** A chat message in a watch party; visible in the party's market. */
@Entity
@Table(name = "watch_party_message")
public class WatchPartyMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    private WatchParty party;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(nullable = false, length = 1000)
    private String body;

    @Column(nullable = false, length = 16)
    private String language;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ContentState state;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean spoiler;

    @Version
    private long version;

    protected WatchPartyMessage() {}

    public Long getId() {
        return id;
    }

    public WatchParty getParty() {
        return party;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public ContentState getState() {
        return state;
    }

    /** A review decision removed the item: members no longer see it. */
    void remove() {
        this.state = ContentState.REMOVED;
    }

    /** A review decision kept an item held for review: members see it from now on. */
    void approve() {
        if (state == ContentState.PENDING_REVIEW) {
            this.state = ContentState.ACTIVE;
        }
    }

    /** A review decision flagged the item as a spoiler (the spoiler issue adds per-market windows). */
    void markSpoiler() {
        this.spoiler = true;
    }

    public boolean isSpoiler() {
        return spoiler;
    }
}
