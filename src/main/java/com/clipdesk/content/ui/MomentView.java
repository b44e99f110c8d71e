package com.clipdesk.content.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.MomentDetails;
import com.clipdesk.content.MomentDetails.ShareLinkLine;
import com.clipdesk.content.Timecode;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.MemberLink;
import com.clipdesk.shell.ItemPage;
import com.clipdesk.shell.ItemSection;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** One Moment: where in which episode, who cut it, where it is visible, its share links and reports. */
@Route(value = "moments/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
class MomentView extends ItemPage<MomentDetails> {

    private final ContentService content;
    private final List<ItemSection> sections;

    MomentView(ContentService content, List<ItemSection> sections) {
        super("Moment");
        this.content = content;
        this.sections = sections;
    }

    @Override
    protected MomentDetails load(long id) {
        return content.moment(id);
    }

    @Override
    protected void show(MomentDetails m) {
        var back = new RouterLink("← All Moments", MomentsView.class);
        var heading = new H2("“" + m.caption() + "”");
        heading.addClassName("cd-item-title");
        var where = new Paragraph(m.titleAndEpisode() + " · " + m.timecode());
        where.addClassName("cd-item-subtitle");

        var facts = new Facts()
                .add("Moment", "#" + m.id())
                .add("State", new StateBadge(m.state()))
                .add("Creator", new MemberLink(m.creatorId(), m.creatorHandle(), "(home market " + m.creatorMarket() + ")"))
                .add("Language", m.language())
                .add("Created", Formats.dateTime(m.createdAt()))
                .add("Visible in", Formats.markets(m.markets()) + (m.heldMarkets().isEmpty() ? ""
                        : " (held back in " + Formats.markets(m.heldMarkets()) + " by release dates: see Spoilers)"))
                .add("Shares", Formats.count(m.shareCount()))
                .add("Reports", Formats.count(m.reportCount()));

        add(back, heading, where, timeline(m), facts, new H3("Share links"));
        if (!m.blockedMarkets().isEmpty() && !m.shareLinks().isEmpty()) {
            var blocked = new Paragraph(m.blockedEverywhere()
                    ? "Its links do not resolve in any market: taken down everywhere."
                    : "Its links do not resolve in " + m.blockedMarketList() + ": taken down there.");
            blocked.addClassName("cd-share-links-blocked");
            add(blocked);
        }
        if (!m.heldMarkets().isEmpty() && !m.shareLinks().isEmpty()) {
            var held = new Paragraph("Its links do not resolve in " + String.join(", ", m.heldMarkets())
                    + ": embargoed or spoiler-hidden there (see Spoilers).");
            held.addClassName("cd-share-links-blocked");
            add(held);
        }
        add(shareLinks(m));
        ItemSections.render(sections, ContentKind.MOMENT, m.id()).forEach(this::add);
    }

    /** The clip's place in its episode, as a bar. */
    private static Div timeline(MomentDetails m) {
        double total = Math.max(1, m.episodeSeconds());
        var clip = new Div();
        clip.addClassName("cd-timeline__clip");
        clip.getStyle().set("left", (100 * m.startSecond() / total) + "%")
                .set("width", Math.max(0.5, 100 * (m.endSecond() - m.startSecond()) / total) + "%");
        var bar = new Div(clip);
        bar.addClassName("cd-timeline__bar");
        var legend = new Div(new Span("0:00"), new Span(m.timecode() + " of " + Timecode.of(m.episodeSeconds())),
                new Span(Timecode.of(m.episodeSeconds())));
        legend.addClassName("cd-timeline__legend");
        var timeline = new Div(bar, legend);
        timeline.addClassName("cd-timeline");
        timeline.getElement().setAttribute("aria-label",
                "Clip from " + Timecode.of(m.startSecond()) + " to " + Timecode.of(m.endSecond()));
        return timeline;
    }

    private static Grid<ShareLinkLine> shareLinks(MomentDetails m) {
        var grid = new Grid<ShareLinkLine>(ShareLinkLine.class, false);
        grid.addClassName("cd-share-links");
        // the token gives way on a laptop (tooltip); the date and the status stay whole
        grid.addColumn(ShareLinkLine::token).setHeader("Token").setFlexGrow(1).setTooltipGenerator(ShareLinkLine::token);
        grid.addColumn(l -> l.destination().label()).setHeader("Destination").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> Formats.dateTime(l.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(l -> status(l, m)).setKey("status").setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(m.shareLinks());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("This Moment has not been shared by link.");
        return grid;
    }

    /** Revoked; or active, and blocked where takedowns hide the Moment (the share-link API answers "blocked" there). */
    static Span status(ShareLinkLine link, MomentDetails m) {
        if (link.revokedAt() != null) {
            return badge("Revoked " + Formats.dateTime(link.revokedAt()), "cd-badge--closed");
        }
        if (m.blockedEverywhere()) {
            return badge("Blocked everywhere", "cd-badge--takedown");
        }
        var active = badge("Active", "cd-badge--active");
        if (m.blockedMarkets().isEmpty()) {
            return active;
        }
        var cell = new Span(active, badge("Blocked in " + m.blockedMarketList(), "cd-badge--takedown"));
        cell.addClassName("cd-badges-inline");
        return cell;
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("cd-badge", variant);
        return badge;
    }
}
