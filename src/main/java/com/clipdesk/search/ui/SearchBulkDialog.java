package com.clipdesk.search.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.review.BulkDecisions;
import com.clipdesk.review.BulkRun;
import com.clipdesk.review.InvalidDecisionException;
import com.clipdesk.review.ItemAction;
import com.clipdesk.review.ItemRef;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReviewCase;
import com.clipdesk.review.ui.BulkDialog;
import com.clipdesk.search.ResultItems;
import com.clipdesk.search.SearchBulkActions;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A review decision on everything the search finds: the count by kind, an action, a reason and a
 * note (required: it explains the run in the audit trail); removals ask once more; then progress
 * with Cancel and the summary, as for bulk decisions in the queue.
 */
class SearchBulkDialog extends BulkDialog<ItemRef> {

    private final SearchBulkActions actions;
    private final ResultItems preview;
    private final RadioButtonGroup<ItemAction> action = new RadioButtonGroup<>("Action");
    private final ComboBox<ReasonCodeView> reason = reasonField();
    private final TextArea note = new TextArea("Note");
    private final Paragraph warning = new Paragraph();
    private final Button confirm = new Button();

    SearchBulkDialog(SearchBulkActions actions, String query, Runnable onFinished) {
        super("Bulk action", onFinished);
        this.actions = actions;
        this.preview = actions.preview(query);
        setHeaderTitle("Act on search results");
        var counted = new Paragraph(counts(preview));
        counted.addClassNames("cd-bulk-preview", "cd-bulk-count");
        var asked = new Paragraph("Search: " + (query.isBlank() ? "everything in your markets" : query));
        asked.addClassNames("cd-muted", "cd-bulk-query");
        add(counted, asked);
        if (preview.tooMany() || preview.items().isEmpty()) {
            var close = new Button("Close", e -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
        } else {
            choose();
        }
    }

    private void choose() {
        action.setItems(ItemAction.values());
        action.setItemLabelGenerator(ItemAction::label);
        action.addValueChangeListener(e -> {
            reason.clear();
            reason.setItems(e.getValue() == null ? List.of() : actions.reasonsFor(e.getValue()));
            action.setInvalid(false);
            update();
        });
        reason.addValueChangeListener(e -> reason.setInvalid(e.getValue() == null && reason.isInvalid()));
        reason.setHelperText("Only the codes that apply to the action are offered.");
        note.setMaxLength(ReviewCase.NOTE_MAX);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(true);
        note.setHelperText("Explains the whole run in the audit trail and goes into every decision.");
        note.addValueChangeListener(e -> note.setInvalid(note.isInvalid() && e.getValue().isBlank()));
        warning.addClassName("cd-bulk-warning");
        warning.setVisible(false);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("cd-bulk-confirm");
        confirm.addClickListener(e -> confirmThenStart());
        var form = new VerticalLayout(action, reason, note, warning);
        form.setPadding(false);
        form.setSpacing(false);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        update();
    }

    private void update() {
        ItemAction a = action.getValue();
        int n = preview.items().size();
        confirm.setText(a == null ? "Act on " + count(n) : a.label() + " " + count(n));
        confirm.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (a == ItemAction.REMOVE) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        int unflaggable = preview.count(ContentKind.PRIVATE_RECOMMENDATION);
        warning.setVisible(a == ItemAction.FLAG_SPOILER && unflaggable > 0);
        warning.setText(Formats.count(unflaggable) + " private recommendation" + (unflaggable == 1 ? "" : "s")
                + " cannot carry a spoiler flag: listed as failed at the end.");
    }

    /** Says what is missing under each field; true when all is there. */
    private boolean valid() {
        action.setErrorMessage("Choose what to do with the items.");
        action.setInvalid(action.getValue() == null);
        reason.setErrorMessage("Choose a reason code.");
        reason.setInvalid(action.getValue() != null && reason.getValue() == null);
        note.setErrorMessage("Write a note: it explains the whole run in the audit trail.");
        note.setInvalid(note.getValue().isBlank());
        return !action.isInvalid() && !reason.isInvalid() && !note.isInvalid();
    }

    private void confirmThenStart() {
        if (!valid()) {
            return;
        }
        if (action.getValue() != ItemAction.REMOVE) {
            start();
            return;
        }
        int n = preview.items().size();
        ConfirmDialog sure = new ConfirmDialog();
        sure.setHeader("Remove " + count(n) + "?");
        sure.setText("They disappear for members in every market, with reason “" + reason.getValue().label()
                + "”. Each removal is audited; undoing it takes an appeal per item.");
        sure.setCancelable(true);
        sure.setConfirmText("Remove " + count(n));
        sure.setConfirmButtonTheme("error primary");
        sure.addConfirmListener(e -> start());
        sure.open();
    }

    private void start() {
        BulkRun<ItemRef> run;
        try {
            run = actions.start(preview, action.getValue(), reason.getValue().code(), note.getValue());
        } catch (InvalidDecisionException e) {
            warning.setText(e.getMessage());
            warning.setVisible(true);
            return;
        }
        watch(run);
    }

    @Override
    protected Component failure(BulkRun.BulkFailure<ItemRef> failure) {
        ItemRef item = failure.key();
        Component name = item.route() == null ? new Span(item.toString()) : new Anchor(item.route(), item.toString());
        return new Span(name, new Span(": " + failure.reason()));
    }

    @Override
    protected String count(int n) {
        return Formats.count(n) + (n == 1 ? " item" : " items");
    }

    /** "449 items: 412 Moments, 37 fandom submissions; 5 reports on 4 items." */
    private String counts(ResultItems r) {
        if (r.tooMany()) {
            return Formats.count(r.hits()) + " results: one bulk action covers at most "
                    + Formats.count(BulkDecisions.MAX_ITEMS) + ". Narrow the search.";
        }
        if (r.items().isEmpty()) {
            return "Nothing to act on.";
        }
        List<String> kinds = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            int n = r.count(kind);
            if (n > 0) {
                kinds.add(Formats.count(n) + " " + plural(kind, n));
            }
        }
        String text = count(r.items().size()) + ": " + String.join(", ", kinds);
        if (r.reports() > 0) {
            text += (kinds.isEmpty() ? "" : "; ") + Formats.count(r.reports()) + (r.reports() == 1 ? " report" : " reports")
                    + " on " + count(r.reportedItems());
        }
        return text + ".";
    }

    private static String plural(ContentKind kind, int n) {
        String label = kind == ContentKind.MOMENT ? kind.label() : kind.label().toLowerCase(Locale.ROOT);
        return n == 1 ? label : label + "s";
    }
}
