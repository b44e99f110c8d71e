package com.clipdesk.access.ui;

import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.ConsoleSessions;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.StaffDirectory;
import com.clipdesk.staff.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The staff who have signed in, for admins: roles and markets as the identity provider last gave
 * them, last sign-in, live console sessions on this node, and "End all sessions".
 */
@Route(value = "staff", layout = MainLayout.class)
@PageTitle("Staff · Clipdesk")
@Menu(order = 91, title = "Staff", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class StaffView extends VerticalLayout {

    private final StaffDirectory directory;
    private final ConsoleSessions sessions;
    private final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
    private final TextField name = new TextField("Name");
    private final ListHeader header = new ListHeader("Staff", "staff member", "staff members");

    StaffView(StaffDirectory directory, ConsoleSessions sessions) {
        this.directory = directory;
        this.sessions = sessions;
        addClassName("cd-staff-view");
        var intro = new Paragraph("Roles and markets come from the identity provider at each sign-in; this list "
                + "shows them as last seen. Sessions are counted on this app node only.");
        intro.addClassName("cd-muted");
        name.setPlaceholder("Name or username");
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh());

        grid.addColumn(m -> m.getDisplayName() + " (" + m.getUsername() + ")").setHeader("Staff member")
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(m -> m.getRoles().stream().sorted(Comparator.naturalOrder()).map(Role::label)
                .collect(Collectors.joining(", "))).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(m -> MainLayout.marketsLabel(m.getScope())).setHeader("Markets").setAutoWidth(true);
        grid.addColumn(m -> Formats.dateTime(m.getLastSignInAt())).setHeader("Last sign-in").setAutoWidth(true);
        grid.addColumn(m -> sessions.liveOnThisNode(m.getSubject())).setHeader("Sessions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.getSessionsValidAfter() == null ? "—" : Formats.dateTime(m.getSessionsValidAfter()))
                .setHeader("Sessions last ended").setAutoWidth(true);
        grid.addComponentColumn(this::endButton).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // the directory serves at most 500 a page; the grid asks for less unless told to fetch everything
        grid.setItems(query -> directory.list(name.getValue(), query.getOffset(), Math.min(query.getLimit(), 500))
                .stream());
        grid.setSizeFull();

        add(header, intro, name, grid);
        setSizeFull();
        refresh();
    }

    private Button endButton(StaffMember member) {
        Button end = new Button("End all sessions", VaadinIcon.SIGN_OUT.create(), click -> confirmEnd(member));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.addClassName("cd-end-sessions");
        return end;
    }

    private void confirmEnd(StaffMember member) {
        var dialog = new ConfirmDialog();
        dialog.setHeader("End every session of " + member.getDisplayName() + "?");
        dialog.setText("Use it when their access was removed or changed at the identity provider: every console "
                + "session they have open, on every app node, is signed out within seconds. They must sign in "
                + "again, and the roles and markets the identity provider gives them then apply.");
        dialog.setCancelable(true);
        dialog.setConfirmText("End all sessions");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> end(member));
        dialog.open();
    }

    private void end(StaffMember member) {
        directory.endSessions(member.getSubject());
        Notification.show("Every session of " + member.getDisplayName() + " was ended.", 5000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        header.setCount(directory.count(name.getValue()));
        grid.getDataProvider().refreshAll();
    }
}
