package com.clipdesk.content;

import com.clipdesk.catalog.Title;
import com.clipdesk.member.Member;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message from one member to one friend recommending a title. Only the two of them see it, so
 * staff see it only through a report on it (ContentService enforces that).
 */
@Entity
@Table(name = "private_recommendation")
public class PrivateRecommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id")
    private Member sender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Member recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private Title title;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(nullable = false, length = 16)
    private String language;

    @Column(name = "market_code", nullable = false, length = 8)
    private String marketCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ContentState state;

    @Version
    private long version;

    protected PrivateRecommendation() {}

    public Long getId() {
        return id;
    }

    public Member getSender() {
        return sender;
    }

    public Member getRecipient() {
        return recipient;
    }

    public Title getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public String getLanguage() {
        return language;
    }

    public String getMarketCode() {
        return marketCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
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
}
