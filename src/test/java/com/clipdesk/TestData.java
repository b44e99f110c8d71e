package com.clipdesk;

import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.Market;
import com.clipdesk.catalog.Season;
import com.clipdesk.catalog.Title;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.content.PrivateRecommendation;
import com.clipdesk.content.WatchParty;
import com.clipdesk.content.WatchPartyMessage;
import com.clipdesk.content.SubmissionKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.Report;
import com.clipdesk.report.ReportIntake;
import com.clipdesk.report.ReportReason;
import com.clipdesk.content.ContentKind;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds small, explicit fixtures through the entities' own constructors. */
@Component
public class TestData {

    private final EntityManager em;
    private final ReportIntake intake;

    public TestData(EntityManager em, ReportIntake intake) {
        this.em = em;
        this.intake = intake;
    }

    @Transactional
    public void markets(String... codes) {
        for (String code : codes) {
            if (em.find(Market.class, code) == null) {
                em.persist(new Market(code, "Market " + code, "en-US", "UTC"));
            }
        }
    }

    @Transactional
    public Episode episode(String titleName, int durationSeconds) {
        Title title = new Title(titleName, TitleKind.SERIES, "13+", "en", 2026);
        em.persist(title);
        Season season = new Season(title, 1, "Season 1");
        em.persist(season);
        Episode episode = new Episode(season, 1, "Pilot", Duration.ofSeconds(durationSeconds));
        em.persist(episode);
        return episode;
    }

    @Transactional
    public Member member(String homeMarket) {
        Member member = new Member("m-" + UUID.randomUUID().toString().substring(0, 12), homeMarket, "25_34",
                Instant.parse("2026-01-01T00:00:00Z"));
        em.persist(member);
        return member;
    }

    @Transactional
    public Moment moment(Episode episode, Member creator, String caption, Set<String> markets) {
        Moment moment = new Moment(em.merge(episode), 10, 40, caption, "en", em.merge(creator),
                Instant.parse("2026-11-01T12:00:00Z"), markets);
        em.persist(moment);
        return moment;
    }

    /** A Moment over {@code [startSecond, endSecond)} of the episode. */
    @Transactional
    public Moment moment(Episode episode, Member creator, String caption, Set<String> markets, int startSecond,
            int endSecond) {
        Moment moment = new Moment(em.merge(episode), startSecond, endSecond, caption, "en", em.merge(creator),
                Instant.parse("2026-11-01T12:00:00Z"), markets);
        em.persist(moment);
        return moment;
    }

    /** A share link of the Moment, created now. */
    @Transactional
    public com.clipdesk.content.ShareLink shareLink(Moment moment, String token) {
        var link = new com.clipdesk.content.ShareLink(em.merge(moment), token,
                com.clipdesk.content.ShareDestination.values()[0], Instant.parse("2026-11-01T12:05:00Z"));
        em.persist(link);
        return link;
    }

    @Transactional
    public FandomSubmission submission(Episode episode, Member creator, String body, Set<String> markets) {
        Title title = em.merge(episode).getSeason().getTitle();
        FandomSubmission submission = new FandomSubmission(title, SubmissionKind.THEORY, body, null, "en",
                em.merge(creator), Instant.parse("2026-11-02T12:00:00Z"), Set.of("theory"), markets);
        em.persist(submission);
        return submission;
    }

    @Transactional
    public WatchParty party(Episode episode, Member host, String market) {
        WatchParty party = new WatchParty(em.merge(episode), em.merge(host), market,
                Instant.parse("2026-11-04T20:00:00Z"));
        em.persist(party);
        return party;
    }

    @Transactional
    public WatchPartyMessage message(WatchParty party, Member author, String body, String language, int secondsIn) {
        WatchPartyMessage message = new WatchPartyMessage(em.merge(party), em.merge(author), body, language,
                Instant.parse("2026-11-04T20:00:00Z").plusSeconds(secondsIn));
        em.persist(message);
        return message;
    }

    @Transactional
    public PrivateRecommendation recommendation(Episode episode, Member sender, Member recipient, String message,
            String market) {
        PrivateRecommendation recommendation = new PrivateRecommendation(em.merge(sender), em.merge(recipient),
                em.merge(episode).getSeason().getTitle(), message, "en", market, Instant.parse("2026-11-05T12:00:00Z"));
        em.persist(recommendation);
        return recommendation;
    }

    @Transactional
    public Report report(ContentKind kind, long subjectId, Member reporter, ReportReason reason, String market) {
        return report(kind, subjectId, reporter, reason, market, Instant.parse("2026-11-03T12:00:00Z"));
    }

    @Transactional
    public Report report(ContentKind kind, long subjectId, Member reporter, ReportReason reason, String market,
            Instant createdAt) {
        return report(kind, subjectId, reporter, reason, "please look", market, createdAt);
    }

    /** Files a report as the intake does: the subject's report count goes up with it. */
    @Transactional
    public Report report(ContentKind kind, long subjectId, Member reporter, ReportReason reason, String freeText,
            String market, Instant createdAt) {
        return intake.file(kind, subjectId, em.merge(reporter), reason, freeText, market, createdAt);
    }
}
