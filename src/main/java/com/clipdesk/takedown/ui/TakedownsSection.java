package com.clipdesk.takedown.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.shell.ItemSection;
import com.clipdesk.takedown.TakedownService;

/** "Takedowns" on the pages of Moments, fandom submissions and watch-party messages; above the reports. */
@org.springframework.stereotype.Component
class TakedownsSection implements ItemSection {

    private final TakedownService takedowns;

    TakedownsSection(TakedownService takedowns) {
        this.takedowns = takedowns;
    }

    @Override
    public String title() {
        return "Takedowns";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean appliesTo(String subjectKind) {
        // the member page asks too ("MEMBER"), which is no content kind
        return java.util.Arrays.stream(ContentKind.values())
                .anyMatch(k -> k.name().equals(subjectKind) && ContentModeration.canBeTakenDown(k));
    }

    @Override
    public com.vaadin.flow.component.Component render(String subjectKind, long subjectId) {
        return new TakedownsPanel(takedowns, ContentKind.valueOf(subjectKind), subjectId);
    }
}
