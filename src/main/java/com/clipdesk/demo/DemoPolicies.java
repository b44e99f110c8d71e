package com.clipdesk.demo;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.policy.PreModeration;
import com.clipdesk.policy.SpoilerRule;
import com.clipdesk.staff.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Market policies for the demo, through the real lifecycle (drafted and submitted by the policy admin,
 * approved and published by the admin): Japan's longer anime spoiler window and no X, Germany's
 * shorter film clips and Germany and Korea holding fandom submissions for review (pre-moderation), Brazil's shorter series window from next week (scheduled), and France's stricter
 * clip lengths waiting for review. So the policy pages, the simulator, the impact and the spoiler
 * windows page show overrides, a scheduled version and a pending one.
 *
 * <p>Runs once ({@code @Order(111)}, after the enforcement history): when the database has demo data
 * and no market has a policy version yet.
 */
@Component
@Order(111)
@ConditionalOnBooleanProperty("clipdesk.demo.enabled")
class DemoPolicies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPolicies.class);

    private final JdbcClient jdbc;
    private final PolicyService policies;
    private final Clock clock;

    DemoPolicies(JdbcClient jdbc, PolicyService policies, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demoData = jdbc.sql("select count(*) from moment").query(Long.class).single() > 0;
        boolean untouched = jdbc.sql("select count(*) from policy_version where market_code <> '*'").query(Long.class)
                .single() == 0;
        Set<String> markets = Set.copyOf(jdbc.sql("select code from market").query(String.class).list());
        if (!demoData || !untouched || !markets.containsAll(Set.of("JP", "DE", "KR", "BR", "FR"))) {
            return;
        }
        try {
            var jp = EnumSet.complementOf(EnumSet.of(ShareDestination.X));
            publish("JP", new PolicyRules(jp, null, null, null, null, new SpoilerRule(true, Map.of(TitleKind.ANIME, 21))),
                    "Anime is discussed for three weeks after a release here; X sharing paused while the licensing "
                            + "agreement with the broadcaster is renegotiated.", null);
            publish("DE", new PolicyRules(null, Map.of(TitleKind.FILM, 20), null, Map.of("16+", 18),
                    new PreModeration(PreModeration.Mode.ALL, Set.of()), null),
                    "Film clips up to 20 s (distributor terms); 16+ titles clipped from 18 (JMStV); every fandom "
                            + "submission reviewed before members see it.", null);
            publish("KR", new PolicyRules(null, null, null, null, new PreModeration(PreModeration.Mode.ALL, Set.of()),
                    null), "Fandom submissions reviewed before members see them (KCSC guidance).", null);
            Instant nextWeek = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
            publish("BR", new PolicyRules(null, null, null, null, null, new SpoilerRule(true, Map.of(TitleKind.SERIES, 10))),
                    "Series windows shortened to 10 days from the new season on: weekly drops are talked about "
                            + "within days.", nextWeek);
            PolicyVersionView fr = DemoStaff.as("policy", Role.POLICY_ADMIN, () -> {
                PolicyVersionView draft = policies.draft("FR", null, "Shorter clips");
                PolicyVersionView edited = policies.edit(draft.id(), draft.version(), new PolicyRules(null,
                        Map.of(TitleKind.SERIES, 45, TitleKind.ANIME, 45), null, null, null, null),
                        "Series and anime clips up to 45 s, as agreed with the French rights holders' association.");
                return policies.submit(edited.id(), edited.version());
            });
            log.info("Demo policies: JP, DE, KR published, BR scheduled for {}, FR v{} waiting for review", nextWeek,
                    fr.number());
        } catch (RuntimeException e) {
            // the demo works without them; say why they are missing
            log.warn("Demo policies not written: {}", e.toString());
        }
    }

    private void publish(String market, PolicyRules rules, String note, @Nullable Instant effectiveAt) {
        PolicyVersionView submitted = DemoStaff.as("policy", Role.POLICY_ADMIN, () -> {
            PolicyVersionView draft = policies.draft(market, null, note);
            PolicyVersionView edited = policies.edit(draft.id(), draft.version(), rules, note);
            return policies.submit(edited.id(), edited.version());
        });
        DemoStaff.as("admin", Role.ADMIN, () -> {
            PolicyVersionView approved = policies.approve(submitted.id(), submitted.version(), "Checked with legal.");
            return policies.publish(approved.id(), approved.version(), effectiveAt);
        });
    }
}
