package com.clipdesk.strike.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.strike.MemberStrikes;
import com.clipdesk.strike.StrikeService;
import com.clipdesk.strike.StrikeStatus;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.support.TestClock;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The strikes section of the member page, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class StrikesUiIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    TakedownService takedowns;

    @Autowired
    StrikeService strikes;

    @Autowired
    TestClock clock;

    Member creator;
    long first;

    @BeforeEach
    void fixtures() {
        clock.set(Instant.parse("2027-01-10T09:00:00Z"));
        data.markets("FR", "DE");
        Episode episode = data.episode("Strike ui " + System.nanoTime(), 1800);
        creator = data.member("FR");
        for (int i = 0; i < 3; i++) {
            long moment = data.moment(episode, creator, "ui " + i, Set.of("FR", "DE")).getId();
            if (i == 0) {
                first = moment;
            }
            if (i == 1) {
                clock.set(Instant.parse("2027-02-01T09:00:00Z"));
            }
            if (i < 2) {
                AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                        () -> takedowns.takeDown(TakedownFixtures.everywhere(ContentKind.MOMENT, moment)));
            }
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLeadSeesTheSummaryAndVoidsAStrikeWithAReason() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "FR");
        UI.getCurrent().navigate("members/" + creator.getId());

        assertThat(_find(H3.class, spec -> spec.withText("Strikes and restrictions"))).hasSize(1);
        assertThat(_get(StrikesPanel.class).summary.getText()).isEqualTo("2 active strikes · expire 10 Apr, 2 May"
                + " · next threshold at 3: Sharing paused for 7 days (recommended)");
        assertThat(_find(Anchor.class, spec -> spec.withText("Moment #" + first))).singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("moments/" + first));
        assertThat(_find(Button.class, spec -> spec.withText(StrikesPanel.APPLY))).as("the warning at 2").hasSize(1);

        _click(_find(Button.class, spec -> spec.withText(StrikesPanel.VOID)).getLast());
        DecisionDialog dialog = _get(DecisionDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).contains("Give the reason");
        _setValue(dialog.reason, "Fair use after all");
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();

        MemberStrikes after = read();
        assertThat(after.activeCount()).isEqualTo(1);
        assertThat(after.strikes().getLast().status()).isEqualTo(StrikeStatus.VOIDED);
        assertThat(_get(StrikesPanel.class).summary.getText()).startsWith("1 active strike · expires 2 May");
    }

    @Test
    void aModeratorReadsButHasNoButtons() {
        signInAs(Set.of(Role.MODERATOR), "FR");
        UI.getCurrent().navigate("members/" + creator.getId());

        assertThat(_get(StrikesPanel.class).summary.getText()).startsWith("2 active strikes");
        assertThat(_find(Button.class, spec -> spec.withText(StrikesPanel.VOID))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(StrikesPanel.APPLY))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(StrikesPanel.DISMISS))).isEmpty();
    }

    private MemberStrikes read() {
        AtomicReference<MemberStrikes> view = new AtomicReference<>();
        AsStaff.run(Set.of(Role.AUDITOR), Set.of("*"), () -> view.set(strikes.onMember(creator.getId())));
        return view.get();
    }
}
