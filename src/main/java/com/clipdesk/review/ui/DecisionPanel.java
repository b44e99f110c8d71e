package com.clipdesk.review.ui;

import com.clipdesk.review.CaseStatus;
import com.clipdesk.review.CaseWork;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.review.ReviewCase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the reviewer decides: a disposition, optionally the spoiler flag, a reason code from the
 * numbered list the disposition allows, a note. Read-only when the reviewer may not decide now;
 * the case page says why and may offer an action (claim again).
 */
final class DecisionPanel extends Div {

    private static final Map<Disposition, Shortcut> KEYS = Map.of(Disposition.KEEP, Shortcut.KEEP,
            Disposition.REMOVE, Shortcut.REMOVE, Disposition.ESCALATE, Shortcut.ESCALATE,
            Disposition.SECOND_OPINION, Shortcut.SECOND_OPINION);

    private final ReasonCodes reasonCodes;
    private final Map<Disposition, Button> dispositionButtons = new EnumMap<>(Disposition.class);
    private final Checkbox spoiler = new Checkbox("Mark as spoiler");
    private final RadioButtonGroup<ReasonCodeView> reasons = new RadioButtonGroup<>("Reason");
    private final TextArea note = new TextArea("Note");
    private final Button decide;
    private final Paragraph error = new Paragraph();
    private final Div readOnly = new Div();
    private List<ReasonCodeView> codes = List.of();
    private @Nullable Disposition disposition;
    private Set<Disposition> allowed = Set.of();
    private boolean editable;

    DecisionPanel(ReasonCodes reasonCodes, Runnable onDecide) {
        this.reasonCodes = reasonCodes;
        addClassName("cd-decision");
        var buttons = new Div();
        buttons.addClassName("cd-decision__dispositions");
        for (Disposition d : Disposition.values()) {
            var button = keyed(new Button(d.label(), click -> choose(d)), KEYS.get(d));
            dispositionButtons.put(d, button);
            buttons.add(button);
        }
        spoiler.getElement().setAttribute("aria-keyshortcuts", "P");
        var spoilerRow = new Div(spoiler, ShortcutHelp.key(Shortcut.SPOILER.key()));
        spoilerRow.addClassName("cd-decision__spoiler");

        reasons.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reasons.addClassName("cd-decision__reasons");
        reasons.setRenderer(new ComponentRenderer<>(this::reasonLine));
        reasons.setHelperText("Choose a decision first: K, R, E or O.");

        note.setMaxLength(ReviewCase.NOTE_MAX);
        note.setWidthFull();
        note.setPlaceholder("Optional for keep and remove; needed to escalate or ask. Esc leaves the field.");

        decide = keyed(new Button("Decide", click -> onDecide.run()), Shortcut.DECIDE);
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClassName("cd-decision__decide");

        error.addClassName("cd-decision__error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        readOnly.addClassName("cd-decision__read-only");
        readOnly.setVisible(false);

        add(new H3("Decision"), readOnly, buttons, spoilerRow, reasons, note, error, decide);
    }

    /** A button with its key shown beside the label and announced to assistive technology. */
    static Button keyed(Button button, Shortcut shortcut) {
        var hint = ShortcutHelp.key(shortcut.key());
        hint.getElement().setAttribute("aria-hidden", "true");
        button.setSuffixComponent(hint);
        button.getElement().setAttribute("aria-keyshortcuts", shortcut.key());
        return button;
    }

    /** Starts over for a case: nothing chosen; editable only when the reviewer may decide it now. */
    void reset(CaseWork work) {
        allowed = work.dispositions();
        disposition = null;
        codes = List.of();
        reasons.setItems(codes);
        reasons.setHelperText("Choose a decision first: K, R, E or O.");
        spoiler.setValue(false);
        spoiler.setVisible(work.spoilerAllowed());
        note.clear();
        clearError();
        dispositionButtons.forEach((d, b) -> b.setVisible(allowed.isEmpty() || allowed.contains(d)));
        setEditable(work.canDecide());
        if (work.row().status() == CaseStatus.CLOSED) {
            setReadOnly("This case is decided: " + (work.decisions().isEmpty() ? "closed"
                    : work.decisions().getFirst().disposition().label().toLowerCase(java.util.Locale.ROOT) + " by "
                            + work.decisions().getFirst().decidedByName()) + ".");
        } else if (allowed.isEmpty()) {
            setReadOnly(work.row().status() == CaseStatus.OPEN ? "Read only: your role reads cases but does not decide them."
                    : "Read only: this case waits for a lead (" + work.row().status().label().toLowerCase(java.util.Locale.ROOT) + ").");
        } else if (!work.claimedByMe()) {
            setReadOnly(work.row().claimedByName() == null ? "Read only: you do not hold this case."
                    : "Read only: " + work.row().claimedByName() + " is reviewing this case.");
        } else {
            readOnly.removeAll();
            readOnly.setVisible(false);
        }
    }

    /** Makes the panel read-only with a reason, and optionally an action (claim again). */
    void setReadOnly(String why, Component... actions) {
        setEditable(false);
        readOnly.removeAll();
        readOnly.add(new Span(why));
        readOnly.add(actions);
        readOnly.setVisible(true);
    }

    private void setEditable(boolean editable) {
        this.editable = editable;
        dispositionButtons.forEach((d, b) -> b.setEnabled(editable && allowed.contains(d)));
        spoiler.setEnabled(editable);
        reasons.setEnabled(editable);
        note.setEnabled(editable);
        decide.setEnabled(editable);
        setClassName("cd-decision--read-only", !editable);
    }

    boolean isEditable() {
        return editable;
    }

    void choose(Disposition chosen) {
        if (!editable || !allowed.contains(chosen)) {
            return;
        }
        clearError();
        ReasonCodeView previous = reasons.getValue();
        disposition = chosen;
        dispositionButtons.forEach((d, b) -> {
            boolean selected = d == chosen;
            b.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            if (selected) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        codes = reasonCodes.activeFor(chosen);
        reasons.setItems(codes);
        reasons.setHelperText(codes.isEmpty() ? "No reason code applies to " + chosen.label().toLowerCase(java.util.Locale.ROOT)
                : "Press 1–" + Math.min(9, codes.size()) + " to pick.");
        if (previous != null) {
            codes.stream().filter(c -> c.code().equals(previous.code())).findFirst().ifPresent(reasons::setValue);
        }
        if (!chosen.closes()) {
            note.focus();
        }
    }

    void toggleSpoiler() {
        if (editable && spoiler.isVisible()) {
            spoiler.setValue(!spoiler.getValue());
        }
    }

    /** Picks the n-th (1-based) reason of the list; ignored when there is none. */
    void pickReason(int n) {
        if (editable && n >= 1 && n <= codes.size()) {
            clearError();
            reasons.setValue(codes.get(n - 1));
        }
    }

    /** The decision as entered, or null with a message when no disposition is chosen yet. */
    @Nullable Decision decision() {
        if (disposition == null) {
            showError("Choose a decision first: K keep, R remove, E escalate, O second opinion.");
            return null;
        }
        ReasonCodeView reason = reasons.getValue();
        return new Decision(disposition, spoiler.getValue(), reason == null ? null : reason.code(), note.getValue());
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    /** The message shown next to the panel, or empty. */
    String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    @Nullable Disposition disposition() {
        return disposition;
    }

    private Component reasonLine(ReasonCodeView code) {
        int n = codes.indexOf(code) + 1;
        // only the first nine have a key; the others keep the column aligned
        var number = new Span(n <= 9 ? String.valueOf(n) : "0");
        number.addClassName("cd-kbd");
        if (n > 9) {
            number.addClassName("cd-kbd--none");
        }
        var label = new Span(code.label());
        var ref = new Span(code.policyRef());
        ref.addClassName("cd-decision__policy");
        var line = new Span(number, label, ref);
        line.addClassName("cd-decision__reason");
        line.setTitle(code.description() + " (" + code.policyRef() + ")");
        return line;
    }
}
