package com.clipdesk.policy.ui;

import com.clipdesk.policy.PolicyDiff;
import com.clipdesk.policy.PolicyDiff.RuleChange;
import com.clipdesk.policy.PolicyImpact;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The last look before a version goes live: which policy, which version, when (UTC, and the market's
 * local time), the rules that change against the version in force, and what existing content would fall
 * outside it. Cancel changes nothing; the confirm button says what it does.
 */
class PublishDialog extends Dialog {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

    final Div what = new Div();
    final Div changes = new Div();
    final Div impact = new Div();
    final Button confirm = new Button();
    final Button cancel = new Button("Cancel", e -> close());

    /**
     * @param inForce the live version of the same policy this one replaces; null when there is none (a market
     *     that inherits everything)
     * @param before the rules in force now, as they apply (a market's: with what it inherits)
     * @param after the rules that would apply once this version is live
     * @param effective when it takes effect; null: now
     * @param zone the market's time zone; null for the default policy (every market)
     */
    PublishDialog(PolicyVersionView v, @Nullable PolicyVersionView inForce, PolicyRules before, PolicyRules after,
            @Nullable Instant effective, @Nullable ZoneId zone, List<PolicyImpact> impacts, LongFunction<String> titles, Runnable publish) {
        boolean isDefault = PolicyPages.DEFAULT.equals(v.market());
        String policy = isDefault ? "the default policy" : v.market() + "'s policy";
        boolean now = effective == null;
        setHeaderTitle((now ? "Publish " : "Schedule ") + v.label() + "?");
        setWidth("40rem");
        setMaxWidth("96vw");
        addClassName("cd-publish-dialog");

        Instant when = now ? Instant.now() : effective;
        what.addClassName("cd-publish-dialog__what");
        what.add(new Paragraph("Version " + v.number() + " of " + policy + " replaces "
                + (inForce == null ? (isDefault ? "nothing published yet" : "the inherited default rules")
                        : "v" + inForce.number() + ", in force now")
                + (isDefault ? " in every market that inherits it." : " in " + v.market() + ".")));
        var time = new Paragraph((now ? "Takes effect now: " : "Takes effect at ") + Formats.dateTime(when)
                + (zone == null ? "" : " · " + LOCAL.format(when.atZone(zone)) + " in " + v.market() + " ("
                        + zone.getId() + ")"));
        time.addClassName("cd-publish-dialog__time");
        what.add(time);

        List<RuleChange> changed = PolicyDiff.between(before, after, titles).stream()
                .filter(RuleChange::changed).toList();
        changes.addClassName("cd-publish-dialog__changes");
        changes.add(new H4("What changes" + (isDefault ? "" : " in " + v.market()) + " against "
                + (inForce == null ? "the inherited rules" : "v" + inForce.number())));
        if (changed.isEmpty()) {
            changes.add(muted("Nothing: the rules that apply stay the same."));
        } else {
            var list = new UnorderedList();
            for (RuleChange c : changed) {
                var rule = new Span(c.label() + ": ");
                rule.addClassName("cd-publish-dialog__rule");
                list.add(new ListItem(rule, new Span(c.before() + " → " + c.after())));
            }
            changes.add(list);
        }

        impact.addClassName("cd-publish-dialog__impact");
        impact.add(new H4("Existing content outside it"));
        long total = impacts.stream().mapToLong(PolicyImpact::total).sum();
        if (total == 0) {
            impact.add(muted("None: no Moment too long, no share link to a closed destination, no Moment of a "
                    + "blacked-out title."));
        } else {
            var list = new UnorderedList();
            for (PolicyImpact i : impacts) {
                for (PolicyImpact.Line line : i.lines()) {
                    if (line.count() > 0) {
                        list.add(new ListItem(i.market() + " · " + line.rule().label() + " · " + line.change() + ": "
                                + Formats.count(line.count()) + " " + line.what()));
                    }
                }
            }
            impact.add(list, muted("Publishing does not take them down: the impact page of each count does."));
        }
        add(what, changes, impact);

        confirm.setText(now ? "Publish " + v.label() + " now" : "Schedule " + v.label());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("policy-publish-confirm");
        confirm.addClickListener(e -> {
            close();
            publish.run();
        });
        getFooter().add(cancel, confirm);
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("cd-muted");
        return p;
    }
}
