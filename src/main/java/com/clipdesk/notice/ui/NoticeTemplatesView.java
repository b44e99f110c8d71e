package com.clipdesk.notice.ui;

import com.clipdesk.notice.InvalidTemplateException;
import com.clipdesk.notice.NoticeTemplateView;
import com.clipdesk.notice.NoticeTemplates;
import com.clipdesk.notice.Placeholder;
import com.clipdesk.notice.RenderedNotice;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Policy admins and admins edit the texts of member notices: one template per kind of decision and
 * language. Picking one opens it beside a live preview with sample facts in that language; Save is
 * enabled once the text changed and refuses what the service refuses (unknown placeholders, a missing
 * ground, markets or appeal, lengths), with the message on the field. 56 templates: the grid holds all.
 */
@Route(value = "notices/templates", layout = MainLayout.class)
@PageTitle("Notice templates · Clipdesk")
@Menu(order = 85, title = "Notice templates", icon = "vaadin:envelope-o")
@RolesAllowed({Role.ADMIN_NAME, Role.POLICY_ADMIN_NAME})
class NoticeTemplatesView extends VerticalLayout {

    private final NoticeTemplates templates;
    private final ListHeader header = new ListHeader("Notice templates", "template", "templates");
    private final ComboBox<String> language = new ComboBox<>();
    private final Grid<NoticeTemplateView> grid = new Grid<>(NoticeTemplateView.class, false);
    private final H3 editing = new H3("Pick a template");
    private final TextField subject = new TextField("Subject");
    private final TextArea body = new TextArea("Text");
    private final Button save = new Button("Save", e -> save());
    private final Button revert = new Button("Revert", e -> revert());
    private final Div previewSubject = new Div();
    private final Div previewBody = new Div();
    private @Nullable NoticeTemplateView selected;

    NoticeTemplatesView(NoticeTemplates templates) {
        this.templates = templates;
        language.setPlaceholder("All languages");
        language.setClearButtonVisible(true);
        language.setItems(templates.languages());
        language.setItemLabelGenerator(NoticeTemplatesView::languageLabel);
        language.setAriaLabel("Language");
        language.addValueChangeListener(e -> reload());

        grid.addColumn(t -> t.kind().label()).setHeader("Kind").setWidth("14rem").setFlexGrow(0);
        grid.addColumn(t -> languageLabel(t.language())).setHeader("Language").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NoticeTemplateView::subject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(t -> t.updatedBy() + " · " + Formats.date(t.updatedAt())).setHeader("Updated")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setWidthFull();

        var top = new HorizontalLayout(header, language);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        var intro = new Paragraph("Every decision that affects a member sends a notice from these templates, in the "
                + "language of the member's home market (English where a language has no template). A change "
                + "applies to later notices; notices already sent keep their text.");
        intro.addClassName("cd-muted");
        var work = new HorizontalLayout(editor(), preview());
        work.setWidthFull();
        work.setWrap(true);
        add(top, intro, grid, work);
        setWidthFull();
        reload();
        showNothing();
    }

    private Component editor() {
        subject.setWidthFull();
        subject.setRequiredIndicatorVisible(true);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.addValueChangeListener(e -> changed());
        body.setWidthFull();
        body.setRequiredIndicatorVisible(true);
        body.setMinRows(12);
        body.setMaxRows(24);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> changed());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new HorizontalLayout(save, revert);
        var column = new VerticalLayout(editing, subject, body, buttons);
        column.setPadding(false);
        column.addClassName("cd-notice-editor");
        return column;
    }

    private static Component placeholders() {
        var list = new Div();
        list.addClassName("cd-placeholders");
        list.add(new H4("Placeholders"));
        for (Placeholder p : Placeholder.ALL) {
            var name = new Span(p.token());
            name.addClassName("cd-placeholders__name");
            var meaning = new Span(p.meaning());
            meaning.addClassName("cd-muted");
            var row = new Div(name, meaning);
            row.addClassName("cd-placeholders__row");
            list.add(row);
        }
        return list;
    }

    private Component preview() {
        previewSubject.addClassName("cd-notice-preview__subject");
        previewBody.addClassName("cd-notice__body");
        var note = new Paragraph("With sample facts, as the member reads it.");
        note.addClassName("cd-muted");
        var column = new VerticalLayout(new H3("Preview"), note, previewSubject, previewBody, placeholders());
        column.setPadding(false);
        column.addClassName("cd-notice-preview");
        return column;
    }

    private void reload() {
        var all = templates.all(language.getValue());
        grid.setItems(all);
        // one language's templates fit; all of them scroll
        boolean oneLanguage = language.getValue() != null;
        grid.setAllRowsVisible(oneLanguage);
        grid.setHeight(oneLanguage ? null : "16rem");
        header.setCount(all.size());
    }

    private void showNothing() {
        selected = null;
        editing.setText("Pick a template");
        subject.clear();
        body.clear();
        subject.setEnabled(false);
        body.setEnabled(false);
        save.setEnabled(false);
        revert.setEnabled(false);
        previewSubject.setText("");
        previewBody.setText("Pick a template in the list to edit it and see it here.");
    }

    private void edit(NoticeTemplateView template) {
        selected = template;
        editing.setText(template.kind().label() + " · " + languageLabel(template.language()));
        subject.setEnabled(true);
        body.setEnabled(true);
        subject.setValue(template.subject());
        body.setValue(template.body());
        changed();
    }

    private void revert() {
        if (selected != null) {
            edit(selected);
        }
    }

    /** Refreshes the preview and the buttons after every edit. */
    private void changed() {
        NoticeTemplateView template = selected;
        if (template == null) {
            return;
        }
        boolean dirty = !subject.getValue().equals(template.subject()) || !body.getValue().equals(template.body());
        save.setEnabled(dirty);
        revert.setEnabled(dirty);
        subject.setInvalid(false);
        body.setInvalid(false);
        try {
            RenderedNotice rendered = templates.preview(template.kind(), template.language(), subject.getValue(),
                    body.getValue());
            previewSubject.setText(rendered.subject());
            previewBody.setText(rendered.body());
            previewBody.getElement().setAttribute("lang", rendered.language());
            previewBody.removeClassName("cd-notice__body--stale");
        } catch (InvalidTemplateException e) {
            showProblems(e);
            previewBody.addClassName("cd-notice__body--stale");
        }
    }

    private void save() {
        NoticeTemplateView template = selected;
        if (template == null) {
            return;
        }
        try {
            NoticeTemplateView saved = templates.save(template.id(), template.version(), subject.getValue(),
                    body.getValue());
            notify("Saved " + saved.kind().label() + " (" + saved.language() + ")", NotificationVariant.LUMO_SUCCESS);
            reloadAndSelect(saved.id());
        } catch (InvalidTemplateException e) {
            showProblems(e);
        } catch (ConcurrentEditException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_WARNING);
            reloadAndSelect(template.id());
        }
    }

    private void showProblems(InvalidTemplateException e) {
        for (InvalidTemplateException.Problem p : e.problems()) {
            var field = p.field().equals("subject") ? subject : body;
            field.setErrorMessage(p.message());
            field.setInvalid(true);
        }
    }

    private void reloadAndSelect(long id) {
        reload();
        grid.getListDataView().getItems().filter(t -> t.id() == id).findFirst()
                .ifPresentOrElse(grid::select, this::showNothing);
    }

    private static void notify(String message, NotificationVariant variant) {
        boolean warning = variant == NotificationVariant.LUMO_WARNING;
        Notification.show(message, warning ? 6000 : 3000,
                warning ? Notification.Position.MIDDLE : Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    static String languageLabel(String code) {
        return code + " · " + Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
