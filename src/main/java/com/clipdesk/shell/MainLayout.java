package com.clipdesk.shell;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import com.clipdesk.staff.StaffDirectory;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every console view: a top bar with the product, the signed-in staff member
 * (name, roles, markets), what other modules contribute as {@link TopBarItem}s (the search box),
 * a dark-mode toggle and sign-out; and a side navigation listing the views
 * this staff member may open. Views join the navigation with {@code @Menu(order, title, icon)};
 * Vaadin drops the entries whose access annotations the staff member does not satisfy.
 *
 * <p>{@code @AnonymousAllowed} because Vaadin refuses a view whose layout is stricter than the view
 * itself (the error pages); every view still needs its own access annotation, which is what counts.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final AuthenticationContext authentication;
    private final CurrentStaff currentStaff;
    private final ObjectProvider<TopBarItem> topBarItems;
    private final StaffDirectory directory;

    public MainLayout(AuthenticationContext authentication, CurrentStaff currentStaff,
            ObjectProvider<TopBarItem> topBarItems, StaffDirectory directory) {
        this.directory = directory;
        this.authentication = authentication;
        this.currentStaff = currentStaff;
        this.topBarItems = topBarItems;
        setPrimarySection(Section.DRAWER);
        addClassName("cd-main-layout");
        addToNavbar(new DrawerToggle(), topBar());
        addToDrawer(brand(), new Scroller(navigation()));
    }

    private Component brand() {
        Div brand = new Div(new Icon(VaadinIcon.FILM), new Span("Clipdesk"));
        brand.addClassName("cd-brand");
        return brand;
    }

    private Component topBar() {
        Div bar = new Div();
        bar.addClassName("cd-topbar");
        Div spacer = new Div();
        spacer.addClassName("cd-spacer");
        if (authentication.isAuthenticated()) {
            topBarItems.stream().sorted(Comparator.comparingInt(TopBarItem::order))
                    .forEach(item -> item.create().ifPresent(bar::add));
        }
        bar.add(spacer);
        signedInStaff().ifPresent(staff -> bar.add(staffSummary(staff)));

        Button theme = new Button(new Icon(VaadinIcon.ADJUST), click -> toggleDarkMode());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        theme.setAriaLabel("Switch between light and dark mode");
        theme.setTooltipText("Light / dark mode");
        theme.addClassName("cd-theme-toggle");

        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("cd-sign-out");
        // on laptops the label is hidden (clipdesk.css): the icon keeps its name and a tooltip
        signOut.setAriaLabel("Sign out");
        signOut.setTooltipText("Sign out");
        bar.add(theme);
        if (authentication.isAuthenticated()) {
            bar.add(accountMenu());
        }
        bar.add(signOut);
        return bar;
    }

    /** The signed-in member's own session actions. */
    private Component accountMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        menu.addClassName("cd-account-menu");
        MenuItem root = menu.addItem(new Icon(VaadinIcon.USER_CARD));
        root.setAriaLabel("Your sessions");
        menu.setTooltipText(root, "Your sessions");
        root.getSubMenu().addItem("Sign out everywhere…", click -> confirmSignOutEverywhere())
                .addClassName("cd-sign-out-everywhere");
        return menu;
    }

    private void confirmSignOutEverywhere() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Sign out everywhere?");
        dialog.setText("Ends every console session you have open, in every browser and on every device, this one "
                + "included. Use it when you left a session open somewhere, or think someone else used it.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Sign out everywhere");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            directory.endOwnSessions();
            authentication.logout();
        });
        dialog.open();
    }

    private Optional<SignedInStaff> signedInStaff() {
        return authentication.isAuthenticated() ? Optional.of(currentStaff.get()) : Optional.empty();
    }

    private static Component staffSummary(SignedInStaff staff) {
        Div summary = new Div();
        summary.addClassName("cd-staff");
        Span name = new Span(staff.displayName());
        name.addClassName("cd-staff-name");
        summary.add(name);
        staff.roles().stream().sorted(Comparator.naturalOrder()).forEach(role -> summary.add(roleBadge(role)));
        Span markets = new Span(new Icon(VaadinIcon.GLOBE_WIRE), new Span(marketsLabel(staff.scope())));
        markets.addClassName("cd-staff-markets");
        markets.getElement().setAttribute("title", "Your markets");
        summary.add(markets);
        return summary;
    }

    private static Span roleBadge(Role role) {
        Span badge = new Span(role.label());
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassName("cd-role");
        return badge;
    }

    /** "BR · MX · ES", or "All markets". */
    public static String marketsLabel(MarketScope scope) {
        if (scope.allMarkets()) {
            return "All markets";
        }
        if (scope.isEmpty()) {
            return "No markets";
        }
        return String.join(" · ", new TreeSet<>(scope.markets()));
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("cd-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            Icon icon = icon(entry.icon());
            nav.addItem(icon == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), icon));
        }
        return nav;
    }

    private static @Nullable Icon icon(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        int colon = name.indexOf(':');
        return colon < 0 ? new Icon("vaadin", name) : new Icon(name.substring(0, colon), name.substring(colon + 1));
    }

    private static void toggleDarkMode() {
        UI.getCurrent().getPage().executeJs("""
                const root = document.documentElement;
                const dark = root.getAttribute('theme') !== 'dark';
                if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }
                try { localStorage.setItem('clipdesk-theme', dark ? 'dark' : 'light'); } catch (e) {}
                """);
    }
}
