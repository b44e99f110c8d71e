package com.clipdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The help overlay ({@code ?}): every key of the case page. Not modal, so the keys keep working
 * while it is open and {@code ?} closes it again.
 */
final class ShortcutHelp extends Dialog {

    ShortcutHelp() {
        setHeaderTitle("Keyboard shortcuts");
        setModal(false);
        setDraggable(true);
        setCloseOnEsc(true);
        addClassName("cd-shortcut-help");
        var list = new Div();
        list.addClassName("cd-shortcut-list");
        for (Shortcut shortcut : Shortcut.values()) {
            var description = new Span(shortcut.description());
            list.add(key(shortcut.key()), description);
        }
        var hint = new Span("Keys do nothing while you type in the note: press Esc to leave it.");
        hint.addClassName("cd-muted");
        add(list, hint);
        var close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }

    void toggle() {
        setOpened(!isOpened());
    }

    /** A key as a keycap ("K"), for buttons and lists. */
    static Span key(String key) {
        var kbd = new Span(key);
        kbd.addClassName("cd-kbd");
        return kbd;
    }
}
