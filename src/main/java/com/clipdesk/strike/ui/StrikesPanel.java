package com.clipdesk.strike.ui;

import com.clipdesk.shell.Formats;
import com.clipdesk.strike.MemberStrikes;
import com.clipdesk.strike.RestrictionView;
import com.clipdesk.strike.StrikeService;
import com.clipdesk.strike.StrikeSettings;
import com.clipdesk.strike.StrikeView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A member's strikes and restrictions: a summary line, restrictions in force, recommendations (apply or
 * dismiss, for leads and admins), every strike with its status, item and takedown (void, for leads),
 * and past restrictions.
 */
@StyleSheet("styles/strikes.css")
class StrikesPanel extends Div {

    static final String VOID = "Void…";
    static final String APPLY = "Apply…";
    static final String DISMISS = "Dismiss…";
    static final String LIFT = "Lift…";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final StrikeService strikes;
    private final long memberId;
    final Span summary = new Span();

    StrikesPanel(StrikeService strikes, long memberId) {
        this.strikes = strikes;
        this.memberId = memberId;
        addClassName("cd-strikes");
        summary.addClassName("cd-strikes__summary");
        refresh();
    }

    void refresh() {
        removeAll();
        MemberStrikes m = strikes.onMember(memberId);
        summary.setText(summary(m));
        add(summary);
        m.inForce().forEach(r -> add(inForce(r, m.mayDecide())));
        m.recommendations().forEach(r -> add(recommendation(r, m.mayDecide())));
        if (m.strikes().isEmpty()) {
            var none = new Span("No strikes: none of this member's content was taken down under our terms.");
            none.addClassName("cd-muted");
            add(none);
        } else {
            var list = new Div();
            list.addClassName("cd-strike-list");
            m.strikes().forEach(s -> list.add(strike(s, m.mayDecide())));
            add(list);
        }
        if (!m.past().isEmpty()) {
            var heading = new H4("Past restrictions and recommendations");
            heading.addClassName("cd-strikes__subheading");
            add(heading);
            m.past().forEach(r -> add(past(r)));
        }
    }

    /** "2 active strikes · expire 3 Feb, 10 Mar · next threshold at 3: Sharing paused for 7 days (recommended)" */
    static String summary(MemberStrikes m) {
        StringBuilder text = new StringBuilder();
        int n = m.activeCount();
        text.append(n == 0 ? "No active strikes" : n + " active strike" + (n == 1 ? "" : "s"));
        List<Instant> expiries = m.activeExpiries();
        if (!expiries.isEmpty()) {
            // one date per day, with how many expire then: "expire 28 Feb ×2, 3 Mar"
            var perDay = expiries.stream().map(at -> day(at, m.now()))
                    .collect(Collectors.groupingBy(d -> d, java.util.LinkedHashMap::new, Collectors.counting()));
            text.append(" · expire").append(n == 1 ? "s " : " ").append(perDay.entrySet().stream()
                    .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
                    .collect(Collectors.joining(", ")));
        }
        StrikeSettings.Threshold next = m.nextThreshold();
        text.append(next == null ? " · no further threshold"
                : " · next threshold at " + next.strikes() + ": " + next.label() + " (" + next.mode().label() + ")");
        return text.toString();
    }

    private Component inForce(RestrictionView r, boolean mayDecide) {
        var badge = badge("In force", "cd-badge--takedown");
        var text = text(r.label() + " · until " + Formats.dateTime(r.endsAt()) + " · "
                + ("system".equals(r.decidedBy()) ? "applied automatically" : "applied by " + r.decidedBy())
                + " (reached at " + r.strikeCount() + " active strikes)" + (r.note() == null ? "" : " — " + r.note()));
        var line = new Div(badge, text);
        line.addClassNames("cd-strike-restriction", "cd-strike-restriction--in-force");
        if (mayDecide) {
            line.add(actions(small(new Button(LIFT, e -> new DecisionDialog("Lift \"" + r.label() + "\"",
                    "The member is no longer restricted from now on. The strikes stay as they are.", "Reason",
                    true, "Lift restriction", true,
                    why -> strikes.liftRestriction(r.id(), r.version(), why), "Restriction lifted.", this::refresh)
                    .open()))));
        }
        return line;
    }

    private Component recommendation(RestrictionView r, boolean mayDecide) {
        var badge = badge("Recommended", "cd-badge--changed");
        var text = text(r.label() + " · reached at " + r.strikeCount() + " active strikes on "
                + Formats.date(r.createdAt()) + (mayDecide ? "" : " · waiting for a lead moderator"));
        var line = new Div(badge, text);
        line.addClassNames("cd-strike-restriction", "cd-strike-restriction--recommended");
        if (mayDecide) {
            var apply = small(new Button(APPLY, e -> new DecisionDialog("Apply \"" + r.label() + "\"",
                    "In force from now for " + days(r) + ".", "Note (optional)", false, "Apply restriction", false,
                    note -> strikes.applyRecommendation(r.id(), r.version(), note), "Restriction applied.",
                    this::refresh).open()));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var dismiss = small(new Button(DISMISS, e -> new DecisionDialog("Dismiss \"" + r.label() + "\"",
                    "The member is not restricted. A new strike at this threshold recommends it again.",
                    "Note (optional)", false, "Dismiss", false,
                    note -> strikes.dismissRecommendation(r.id(), r.version(), note), "Recommendation dismissed.",
                    this::refresh).open()));
            line.add(actions(apply, dismiss));
        }
        return line;
    }

    private Component strike(StrikeView s, boolean mayDecide) {
        var badge = badge(s.status().label(), switch (s.status()) {
            case ACTIVE -> "cd-badge--removed";
            case EXPIRED -> "cd-badge--closed";
            case VOIDED -> "cd-badge--inactive";
        });
        var title = new Span("Strike #" + s.id() + " · " + s.clause());
        title.addClassName("cd-strike__title");
        var head = new Div(badge, title);
        head.addClassName("cd-strike__head");
        if (mayDecide && s.status() != com.clipdesk.strike.StrikeStatus.VOIDED) {
            head.add(actions(small(new Button(VOID, e -> new DecisionDialog("Void strike #" + s.id(),
                    "It no longer counts towards thresholds. Restrictions in force stay until lifted.", "Reason",
                    true, "Void strike", true, why -> strikes.voidStrike(s.id(), s.version(), why), "Strike voided.",
                    this::refresh).open()))));
        }
        String route = s.itemKind().route() + "/" + s.itemId();
        var item = new Anchor(route, s.itemKind().label() + " #" + s.itemId());
        var takedown = new Anchor(route, "takedown #" + s.takedownId());
        var details = new Div(new Span("For "), item, new Span(" · "), takedown,
                new Span(" · reason " + s.reasonCode() + " · issued " + Formats.date(s.issuedAt()) + " by " + s.issuedBy() + " · "
                        + (s.status() == com.clipdesk.strike.StrikeStatus.EXPIRED ? "expired " : "expires ")
                        + Formats.date(s.expiresAt())));
        details.addClassName("cd-strike__details");
        var card = new Div(head, details);
        card.addClassNames("cd-strike", "cd-strike--" + s.status().name().toLowerCase(Locale.ROOT));
        if (s.voidedAt() != null) {
            var voided = new Div(new Span("Voided " + Formats.date(s.voidedAt()) + " by " + s.voidedBy() + " — "
                    + s.voidReason()));
            voided.addClassName("cd-strike__note");
            card.add(voided);
        } else if (s.takedownLiftedAt() != null) {
            var lifted = new Div(new Span("Its takedown was lifted on " + Formats.date(s.takedownLiftedAt())
                    + "; the strike stands unless a lead voids it."));
            lifted.addClassNames("cd-strike__note", "cd-strike__note--lifted");
            card.add(lifted);
        }
        return card;
    }

    private Component past(RestrictionView r) {
        String what = switch (r.status()) {
            case DISMISSED -> "Dismissed " + Formats.date(r.decidedAt()) + " by " + r.decidedBy();
            case LIFTED -> "Lifted " + Formats.date(r.liftedAt()) + " by " + r.liftedBy() + " — " + r.liftReason();
            default -> "Ended " + Formats.date(r.endsAt());
        };
        var line = new Div(badge(r.status() == com.clipdesk.strike.RestrictionStatus.APPLIED ? "Ended"
                : r.status().label(), "cd-badge--closed"), text(r.label() + " · at " + r.strikeCount()
                        + " active strikes · " + what + (r.note() == null ? "" : " · note: " + r.note())));
        line.addClassNames("cd-strike-restriction", "cd-strike-restriction--past");
        return line;
    }

    private static String day(Instant at, Instant now) {
        return at.atZone(ZoneOffset.UTC).getYear() == now.atZone(ZoneOffset.UTC).getYear() ? DAY_MONTH.format(at)
                : DAY_MONTH_YEAR.format(at);
    }

    private static String days(RestrictionView r) {
        long days = r.duration().toDays();
        return days >= 1 && r.duration().equals(java.time.Duration.ofDays(days))
                ? days + (days == 1 ? " day" : " days") : r.duration().toHours() + " hours";
    }

    private static Span text(String text) {
        var span = new Span(text);
        span.addClassName("cd-strike-restriction__text");
        return span;
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("cd-badge", variant);
        return badge;
    }

    private static Div actions(Button... buttons) {
        var actions = new Div(buttons);
        actions.addClassName("cd-strike__actions");
        return actions;
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
