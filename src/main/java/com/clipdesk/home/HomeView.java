package com.clipdesk.home;

import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** TEMPORARY home page of the security branch; the real home page replaces it on merge. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Clipdesk")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
class HomeView extends Main {

    HomeView(CurrentStaff currentStaff) {
        addClassName("cd-page");
        SignedInStaff staff = currentStaff.get();
        add(new H2("Welcome to Clipdesk"),
                new Paragraph("Signed in as " + staff.displayName() + " (" + staff.username() + ")."),
                new Paragraph("Markets: " + MainLayout.marketsLabel(staff.scope()) + "."));
    }
}
