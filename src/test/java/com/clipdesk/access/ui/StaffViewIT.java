package com.clipdesk.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.RecentSignInRequiredException;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import com.clipdesk.staff.StaffDirectory;
import com.clipdesk.staff.StaffMember;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The Staff page: admins find a member by name and end their sessions, with a recent sign-in. */
@SpringBootTest
@ActiveProfiles("test")
class StaffViewIT extends KaribuSupport {

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    private String subject;
    private String name;

    @BeforeEach
    void member() {
        String id = Long.toString(System.nanoTime(), 36);
        subject = "sub-" + id;
        name = "Quentin Staffview " + id;
        directory.recordSignIn(new SignedInStaff(subject, "quentin" + id, name, Set.of(Role.MODERATOR),
                MarketScope.of("FR")), null);
    }

    @Test
    void anAdminFindsAMemberAndEndsTheirSessionsAfterConfirming() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("staff");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);

        assertThat(GridRows.of(grid())).extracting(StaffMember::getSubject).containsExactly(subject);
        _click(endButton());
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("End every session of " + name + "?");
        assertThat(ConfirmDialogKt.getText(confirm)).contains("access was removed", "must sign in again");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(validAfter()).isNotNull();
        assertThat(jdbc.sql("select actor from audit_event where action = 'STAFF_SESSIONS_ENDED' and subject_id = ?")
                .param(subject).query(String.class).list()).containsExactly("karibu-admin");
    }

    @Test
    void aStaleSignInIsRefusedAndNothingEnds() {
        signInAs(Set.of(Role.ADMIN), "*");
        signedInAgo(Duration.ofHours(1));
        UI.getCurrent().navigate("staff");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _click(endButton());

        assertThatThrownBy(() -> ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)))
                .isInstanceOf(RecentSignInRequiredException.class)
                .hasMessageStartingWith("Ending another staff member's sessions needs you to sign in again: "
                        + "you signed in 1 h ago");
        assertThat(validAfter()).isNull();
    }

    @Test
    void onlyAdminsOpenIt() {
        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("staff");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Name"))).isEmpty();
    }

    private Instant validAfter() {
        return jdbc.sql("select sessions_valid_after from staff_member where subject = ?").param(subject)
                .query(Instant.class).optional().orElse(null);
    }

    /** The first row's "End all sessions" (the name filter leaves one row). */
    private static Button endButton() {
        Button end = (Button) GridKt._getCellComponent(grid(), 0, "actions");
        assertThat(end.getText()).isEqualTo("End all sessions");
        return end;
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffMember> grid() {
        return _get(Grid.class);
    }
}
