package com.clipdesk.appeal.ui;

import com.clipdesk.appeal.AppealService;
import com.clipdesk.content.ContentKind;
import com.clipdesk.shell.ItemSection;

/** "Appeals" on item pages, after the takedowns: the item's appeals, and recording one received by mail or phone. */
@org.springframework.stereotype.Component
class AppealsSection implements ItemSection {

    private final AppealService appeals;

    AppealsSection(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public String title() {
        return "Appeals";
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public boolean appliesTo(String subjectKind) {
        return java.util.Arrays.stream(ContentKind.values()).anyMatch(k -> k.name().equals(subjectKind));
    }

    @Override
    public com.vaadin.flow.component.Component render(String subjectKind, long subjectId) {
        return new AppealsPanel(appeals, ContentKind.valueOf(subjectKind), subjectId);
    }
}
