package com.clipdesk.notice;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A notice as the member received it: rendered once, never changed. */
@Entity
@Immutable
@Table(name = "member_notice")
class MemberNotice {

    static final int SUBJECT_MAX = 400;
    static final int BODY_MAX = 8000;
    static final int GROUND_MAX = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NoticeKind kind;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    /** The ground as rendered, so later notices on the same decision (an appeal's) can repeat it. */
    @Column(nullable = false, length = GROUND_MAX)
    private String ground;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 30)
    private ContentKind itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    /** "takedown #12", "decision #40", "appeal #3": what the member quotes. */
    @Column(name = "decision_reference", nullable = false, length = 40)
    private String decisionReference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "template_version", nullable = false)
    private long templateVersion;

    protected MemberNotice() {}

    MemberNotice(long memberId, NoticeKind kind, String language, String subject, String body, String ground,
            ContentKind itemKind, long itemId, String decisionReference, Instant createdAt, long templateVersion) {
        this.memberId = memberId;
        this.kind = kind;
        this.language = language;
        this.subject = cut(subject, SUBJECT_MAX);
        this.body = cut(body, BODY_MAX);
        this.ground = cut(ground, GROUND_MAX);
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.decisionReference = decisionReference;
        this.createdAt = createdAt;
        this.templateVersion = templateVersion;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    String getGround() {
        return ground;
    }

    NoticeRow row() {
        return new NoticeRow(id, memberId, kind, language, subject, body, itemKind, itemId, decisionReference,
                createdAt, templateVersion);
    }
}
