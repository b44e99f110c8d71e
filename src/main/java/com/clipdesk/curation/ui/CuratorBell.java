package com.clipdesk.curation.ui;

import com.clipdesk.curation.BoardView.NoticeView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.TopBarItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.List;
import java.util.Optional;

/**
 * The curators' bell in the top bar: a badge with the open notices in the staff member's markets, and a
 * popover listing them newest first, each linking to its board and dismissable. The app has no server
 * push, so the count is read when the bar is built and after every navigation (the layout outlives
 * navigations), when the popover opens, and after a dismissal.
 */
@StyleSheet("styles/curation.css")
class CuratorBell extends Div implements AfterNavigationObserver {

    static final String CLASS_NAME = "cd-bell";

    private final CurationService curation;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();

    CuratorBell(CurationService curation) {
        this.curation = curation;
        addClassName(CLASS_NAME);
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("curator-bell");
        bell.addClassName("cd-bell__button");
        badge.addClassName("cd-bell__badge");
        // the count is in the button's name; the badge only shows it
        badge.getElement().setAttribute("aria-hidden", "true");
        add(bell, badge);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Curator notices");
        popover.setAutofocus(true);
        popover.addClassName("cd-bell__popover");
        Span heading = new Span("Curator notices");
        heading.addClassName("cd-bell__heading");
        list.addClassName("cd-bell__list");
        popover.add(heading, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showList();
            }
        });
        add(popover);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        popover.close();
        refresh();
    }

    /** The badge and the button's name from the open notices' count. */
    void refresh() {
        long open = curation.openNoticeCount();
        badge.setText(open > 99 ? "99+" : Long.toString(open));
        badge.setVisible(open > 0);
        String name = open == 0 ? "No curator notices" : open == 1 ? "1 curator notice" : open + " curator notices";
        bell.setAriaLabel(name);
        bell.setTooltipText(name);
    }

    private void showList() {
        list.removeAll();
        List<NoticeView> open = curation.openNotices();
        if (open.isEmpty()) {
            Span none = new Span("No open notices in your markets.");
            none.addClassName("cd-muted");
            list.add(none);
        }
        for (NoticeView n : open) {
            list.add(line(n));
        }
        refresh();
    }

    private Component line(NoticeView n) {
        Div line = new Div();
        line.addClassName("cd-bell__notice");
        Span text = new Span(n.message());
        Span when = new Span(n.market() + " · " + Formats.shortDateTime(n.createdAt()));
        when.addClassName("cd-muted");
        Anchor open = new Anchor(CurationView.link(n.board()), "Open board");
        open.getElement().setAttribute("aria-label", "Open the board of: " + n.message());
        Button dismiss = new Button("Dismiss", e -> {
            curation.dismissNotice(n.id());
            showList();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        dismiss.setAriaLabel("Dismiss notice: " + n.message());
        Div actions = new Div(open, dismiss);
        actions.addClassName("cd-bell__actions");
        line.add(text, when, actions);
        return line;
    }

    /** Places the bell in the top bar for staff who can curate; nobody else gets one. */
    @org.springframework.stereotype.Component
    static class Item implements TopBarItem {

        private final CurationService curation;

        Item(CurationService curation) {
            this.curation = curation;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Optional<Component> create() {
            return curation.canCurate() ? Optional.of(new CuratorBell(curation)) : Optional.empty();
        }
    }
}
