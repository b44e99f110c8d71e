package com.clipdesk.notice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.notice.NoticeFixtures;
import com.clipdesk.notice.NoticeKind;
import com.clipdesk.notice.NoticeTemplateView;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The template editor's live preview and validation, and the notices section, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class NoticeUiIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    TakedownService takedowns;

    @Test
    @SuppressWarnings("unchecked")
    void aPolicyAdminPreviewsAnEditInTheTemplatesLanguageAndCannotSaveAnUnknownPlaceholder() {
        signInAs(Set.of(Role.POLICY_ADMIN), "*");
        UI.getCurrent().navigate("notices/templates");

        ComboBox<String> language = _get(ComboBox.class, spec -> spec.withPlaceholder("All languages"));
        _setValue(language, "fr");
        Grid<NoticeTemplateView> grid = _get(Grid.class);
        assertThat(grid.getListDataView().getItems()).allSatisfy(t -> assertThat(t.language()).isEqualTo("fr"))
                .hasSize(NoticeKind.values().length);
        NoticeTemplateView takenDown = grid.getListDataView().getItems()
                .filter(t -> t.kind() == NoticeKind.TAKEN_DOWN).findFirst().orElseThrow();
        grid.select(takenDown);

        Button save = _get(Button.class, spec -> spec.withText("Save"));
        Div preview = _get(Div.class, spec -> spec.withClasses("cd-notice__body"));
        assertThat(save.isEnabled()).as("unchanged").isFalse();
        assertThat(preview.getText()).contains("Belgique, France", "30 novembre 2026", "Comment contester :");

        TextArea body = _get(TextArea.class, spec -> spec.withLabel("Text"));
        _setValue(body, takenDown.body().replace("Bonjour,", "Bonjour {{pseudo}},"));
        assertThat(save.isEnabled()).isTrue();
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("Unknown placeholder {{pseudo}}");
        _click(save);
        assertThat(body.isInvalid()).isTrue();

        _setValue(body, takenDown.body().replace("Bonjour,", "Bonjour et merci de votre patience,"));
        assertThat(body.isInvalid()).isFalse();
        assertThat(preview.getText()).startsWith("Bonjour et merci de votre patience,");
        TextField subject = _get(TextField.class, spec -> spec.withLabel("Subject"));
        _setValue(subject, "");
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Enter a subject.");
        _setValue(subject, takenDown.subject());
        _click(save);

        NoticeTemplateView saved = grid.getListDataView().getItems().filter(t -> t.id() == takenDown.id()).findFirst()
                .orElseThrow();
        assertThat(saved.version()).isEqualTo(takenDown.version() + 1);
        assertThat(saved.body()).startsWith("Bonjour et merci de votre patience,");
        assertThat(save.isEnabled()).as("saved: unchanged again").isFalse();
    }

    @Test
    void theNoticesSectionShowsTheNoticeOnTheItemAndMemberPagesToReadersOnly() {
        fixtures.market("DE", "de-DE");
        data.markets("FR");
        Member creator = data.member("DE");
        long moment = data.moment(data.episode("Ui notices " + System.nanoTime(), 1800), creator, "Sektion",
                Set.of("DE", "FR")).getId();
        AsStaff.run(Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moment, "FR")));

        signInAs(Set.of(Role.MODERATOR), "DE");
        UI.getCurrent().navigate("members/" + creator.getId());
        Details notice = _get(Details.class, spec -> spec.withClasses("cd-notice"));
        assertThat(notice.getSummaryText()).isNullOrEmpty();
        assertThat(notice.getSummary().getElement().getTextRecursively()).contains("Taken down", "DE",
                "Dein Inhalt wurde gesperrt");
        assertThat(_get(notice, Div.class, spec -> spec.withClasses("cd-notice__body")).getText())
                .contains("Wo: Frankreich");

        UI.getCurrent().navigate("moments/" + moment);
        assertThat(_find(Details.class, spec -> spec.withClasses("cd-notice"))).hasSize(1);

        // (a Moment with a takedown fails to open for curators: TakedownService.onItem, not this section)
        long untouched = data.moment(data.episode("Ui notices " + System.nanoTime(), 1800), creator, "ohne",
                Set.of("DE", "FR")).getId();
        signInAs(Set.of(Role.CURATOR), "DE", "FR");
        UI.getCurrent().navigate("moments/" + untouched);
        assertThat(_find(Details.class, spec -> spec.withClasses("cd-notice"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Notices to members are visible to trust-and-safety staff and auditors."))).hasSize(1);
    }
}
