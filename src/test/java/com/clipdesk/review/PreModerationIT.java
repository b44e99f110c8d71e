package com.clipdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PreModeration;
import com.clipdesk.support.PolicyFixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Which fandom submissions wait for review is the markets' sharing policy (issue 8): all of them, those
 * about titles of some ratings, or none. The intake opens a pre-moderation case in the markets whose
 * policy holds the submission, and in no other.
 */
@SpringBootTest
@ActiveProfiles("test")
class PreModerationIT {

    @Autowired
    TestData data;

    @Autowired
    PolicyFixtures policies;

    @Autowired
    ReviewIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theIntakeHoldsWhatEachMarketsPolicyHoldsAndNothingElse() {
        data.markets("PMA", "PMR", "PMN");
        policies.publish("PMA", new PolicyRules(null, null, null, null, new PreModeration(PreModeration.Mode.ALL,
                Set.of()), null), null);
        policies.publish("PMR", new PolicyRules(null, null, null, null, new PreModeration(PreModeration.Mode.RATINGS,
                Set.of("18+")), null), null);
        Episode teen = data.episode("Pre-moderation teen " + System.nanoTime(), 1500);
        Episode adult = data.episode("Pre-moderation adult " + System.nanoTime(), 1500);
        jdbc.sql("update title set maturity_rating = '18+' where id = ?").param(adult.getSeason().getTitle().getId())
                .update();
        Member creator = data.member("PMA");
        long inA = pending(data.submission(teen, creator, "theory A", Set.of("PMA")).getId());
        long teenInRN = pending(data.submission(teen, creator, "theory teen", Set.of("PMR", "PMN")).getId());
        long adultInRN = pending(data.submission(adult, creator, "theory adult", Set.of("PMR", "PMN")).getId());
        long published = data.submission(teen, creator, "already visible", Set.of("PMA")).getId();

        intake.gather();

        assertThat(caseMarkets(inA)).containsExactly("PRE_MODERATION PMA");
        assertThat(caseMarkets(teenInRN)).as("13+: neither PMR (18+ only) nor PMN holds it").isEmpty();
        assertThat(caseMarkets(adultInRN)).as("held in PMR only").containsExactly("PRE_MODERATION PMR");
        assertThat(caseMarkets(published)).as("not waiting for review").isEmpty();

        intake.gather();
        assertThat(jdbc.sql("select count(*) from review_case where subject_kind = 'FANDOM_SUBMISSION'"
                + " and subject_id in (?, ?)").param(inA).param(adultInRN).query(Integer.class).single())
                .as("one case each, whatever the runs").isEqualTo(2);
    }

    private long pending(long submission) {
        jdbc.sql("update fandom_submission set state = 'PENDING_REVIEW' where id = ?").param(submission).update();
        return submission;
    }

    private List<String> caseMarkets(long submission) {
        return jdbc.sql("select origin, markets from review_case where subject_kind = 'FANDOM_SUBMISSION' and subject_id = ?")
                .param(submission).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
    }
}
