package com.clipdesk.policy.ui;

import com.clipdesk.policy.PolicyDiff;
import com.clipdesk.policy.PolicyDiff.RuleChange;
import com.clipdesk.policy.PolicyVersionView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.LongFunction;

/** Two versions of one policy side by side, rule by rule, the changed rules highlighted. */
class CompareDialog extends Dialog {

    final Select<PolicyVersionView> left = new Select<>();
    final Select<PolicyVersionView> right = new Select<>();
    final Checkbox onlyChanges = new Checkbox("Only changed rules");
    final Div table = new Div();
    private final LongFunction<String> titles;

    CompareDialog(List<PolicyVersionView> versions, PolicyVersionView a, PolicyVersionView b, LongFunction<String> titles) {
        this.titles = titles;
        setHeaderTitle("Compare versions");
        setWidth("56rem");
        setMaxWidth("96vw");
        for (Select<PolicyVersionView> s : List.of(left, right)) {
            s.setItems(versions);
            s.setItemLabelGenerator(v -> "v" + v.number() + " · " + v.stateLabel());
            s.addValueChangeListener(e -> render());
        }
        left.setLabel("From");
        right.setLabel("To");
        left.setValue(a);
        right.setValue(b);
        onlyChanges.addValueChangeListener(e -> render());
        table.addClassName("cd-diff");
        var pickers = new HorizontalLayout(left, right, onlyChanges);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        add(pickers, table);
        getFooter().add(new Button("Close", e -> close()));
        render();
    }

    private void render() {
        table.removeAll();
        PolicyVersionView a = left.getValue();
        PolicyVersionView b = right.getValue();
        if (a == null || b == null) {
            return;
        }
        List<RuleChange> lines = PolicyDiff.between(a.rules(), b.rules(), titles);
        long changed = lines.stream().filter(RuleChange::changed).count();
        table.add(row("cd-diff__head", new Span("Rule"), new Span("v" + a.number()), new Span("v" + b.number())));
        for (RuleChange line : lines) {
            if (onlyChanges.getValue() && !line.changed()) {
                continue;
            }
            Div row = row(line.changed() ? "cd-diff__row--changed" : "cd-diff__row", new Span(line.label()),
                    new Span(line.before()), new Span(line.after()));
            table.add(row);
        }
        var summary = new Span(changed == 0 ? "The two versions set the same rules."
                : changed + (changed == 1 ? " rule differs" : " rules differ") + " (highlighted).");
        summary.addClassNames("cd-muted", "cd-diff__summary");
        table.add(summary);
    }

    private static Div row(String className, Span rule, Span before, Span after) {
        rule.addClassName("cd-diff__rule");
        var row = new Div(rule, before, after);
        row.addClassNames("cd-diff__line", className);
        return row;
    }
}
