package com.clipdesk.policy.ui;

import com.clipdesk.policy.EffectivePolicy;
import com.clipdesk.policy.EffectivePolicy.Rule;
import com.clipdesk.policy.PolicyRules;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A policy's rules, one row each, marked "Override" (the market sets it) or "Inherited" (the default's
 * rule applies). The default policy's rules carry no mark: it sets them all.
 */
class RulesTable extends Div {

    /** The rules in force: every value set, {@code overridden} says which the market sets itself. */
    static RulesTable effective(EffectivePolicy policy, boolean isDefault, LongFunction<String> titles) {
        return new RulesTable(RuleTexts.rulesOf(policy), isDefault ? null : policy.overridden(), null, titles);
    }

    /** What one version sets; for a market's version, unset rules read as inherited from {@code defaults}. */
    static RulesTable version(PolicyRules rules, boolean isDefault, @Nullable PolicyRules defaults,
            LongFunction<String> titles) {
        return new RulesTable(rules, null, isDefault ? null : defaults, titles);
    }

    private RulesTable(PolicyRules rules, @Nullable Set<Rule> overridden, @Nullable PolicyRules defaults,
            LongFunction<String> titles) {
        addClassName("cd-rules");
        var fallback = defaults == null ? null : RuleTexts.of(defaults, titles);
        var lines = RuleTexts.of(rules, titles);
        for (int i = 0; i < lines.size(); i++) {
            RuleTexts.Line line = lines.get(i);
            var name = new Span(line.rule().label());
            name.addClassName("cd-rules__name");
            String value = line.value();
            boolean inherited;
            if (overridden != null) {
                inherited = !overridden.contains(line.rule());
            } else {
                inherited = value == null && fallback != null;
            }
            if (value == null) {
                value = fallback == null ? "—" : fallback.get(i).value();
            }
            var text = new Span(value == null ? "—" : value);
            text.addClassName("cd-rules__value");
            var row = new Div(name, text);
            row.addClassName("cd-rules__row");
            if (overridden != null || fallback != null) {
                var tag = new Span(inherited ? "Inherited" : "Override");
                tag.addClassNames("cd-badge", inherited ? "cd-badge--inherited" : "cd-badge--override");
                row.add(tag);
                row.addClassName(inherited ? "cd-rules__row--inherited" : "cd-rules__row--override");
            } else {
                row.add(new Span()); // the default's rules have no badge: keep each rule on its own grid row
            }
            add(row);
        }
    }
}
