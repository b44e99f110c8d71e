package com.clipdesk.review.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.review.Lane;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.review.QueueSelection;
import com.clipdesk.review.QueueSummary;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The queues of one lane at a glance: a row per content kind × reason category, a column per
 * market, each cell the open and overdue cases of that queue. A cell selects its queue, a row
 * heading the kind and category in every market, a column heading the market.
 */
class QueueBoard extends Div {

    private final Consumer<QueueSelection> onSelect;

    QueueBoard(Consumer<QueueSelection> onSelect) {
        this.onSelect = onSelect;
        addClassName("cd-board");
    }

    void show(List<QueueSummary> summaries, QueueSelection selection) {
        removeAll();
        removeClassName("cd-board--empty");
        List<QueueSummary> lane = summaries.stream().filter(q -> q.lane() == selection.lane()).toList();
        if (lane.isEmpty()) {
            var empty = new Span("No open cases in your markets in this lane.");
            empty.addClassName("cd-muted");
            add(empty);
            addClassName("cd-board--empty");
            getStyle().remove("--cd-board-columns");
            return;
        }
        List<String> markets = List.copyOf(lane.stream().map(QueueSummary::market)
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<Row, Map<String, QueueSummary>> rows = new TreeMap<>(Comparator.comparing(Row::kind)
                .thenComparing(Row::category));
        for (QueueSummary q : lane) {
            rows.computeIfAbsent(new Row(q.kind(), q.category()), r -> new TreeMap<>()).put(q.market(), q);
        }
        getStyle().set("--cd-board-columns", String.valueOf(markets.size()));

        add(corner());
        for (String market : markets) {
            add(heading(market, "Every queue in " + market, selection.market() != null && selection.market().equals(market)
                    && selection.kind() == null && selection.category() == null,
                    new QueueSelection(selection.lane(), market, null, null)));
        }
        for (var row : rows.entrySet()) {
            Row r = row.getKey();
            add(heading(r.kind().label() + " · " + r.category().label(), "In all your markets",
                    selection.market() == null && r.kind() == selection.kind() && r.category() == selection.category(),
                    new QueueSelection(selection.lane(), null, r.kind(), r.category())));
            for (String market : markets) {
                add(cell(selection, market, r, row.getValue().get(market)));
            }
        }
    }

    private static Div corner() {
        var corner = new Div(new Span("Queue"));
        corner.addClassNames("cd-board__corner");
        return corner;
    }

    private Div heading(String text, String tooltip, boolean selected, QueueSelection target) {
        var button = new Button(text, e -> onSelect.accept(target));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(tooltip);
        var heading = new Div(button);
        heading.addClassName("cd-board__heading");
        if (selected) {
            heading.addClassName("cd-board--selected");
        }
        return heading;
    }

    private Div cell(QueueSelection selection, String market, Row row, QueueSummary q) {
        var cell = new Div();
        cell.addClassName("cd-board__cell");
        if (q == null) {
            cell.add(new Span("·"));
            cell.addClassName("cd-board__cell--empty");
            return cell;
        }
        var button = new Button(Formats.count(q.open()), e -> onSelect.accept(
                new QueueSelection(selection.lane(), market, row.kind(), row.category())));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setId(id(selection.lane(), market, row.kind(), row.category()));
        String label = row.kind().label() + "s · " + market + " · " + row.category().label() + " — "
                + Formats.count(q.open()) + " open, " + Formats.count(q.overdue()) + " overdue";
        button.setTooltipText(label);
        button.setAriaLabel(label);
        cell.add(button);
        if (q.overdue() > 0) {
            var late = new Span(Formats.count(q.overdue()) + " late");
            late.addClassNames("cd-badge", "cd-badge--overdue");
            cell.add(late);
        }
        if (Objects.equals(selection.market(), market) && selection.kind() == row.kind()
                && selection.category() == row.category()) {
            cell.addClassName("cd-board--selected");
        }
        return cell;
    }

    /** The element id of a queue's cell, e.g. {@code queue-MODERATION-BR-MOMENT-ABUSE}. */
    static String id(Lane lane, String market, ContentKind kind, QueueCategory category) {
        return "queue-" + lane.name() + "-" + market + "-" + kind.name() + "-" + category.name();
    }

    private record Row(ContentKind kind, QueueCategory category) {}
}
