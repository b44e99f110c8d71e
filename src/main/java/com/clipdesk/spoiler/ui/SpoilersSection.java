package com.clipdesk.spoiler.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.shell.ItemSection;
import com.clipdesk.spoiler.SpoilerFlags;
import java.util.Arrays;

/** "Spoilers" on the pages of Moments, fandom submissions and watch-party messages: after takedowns. */
@org.springframework.stereotype.Component
class SpoilersSection implements ItemSection {

    private final SpoilerFlags flags;

    SpoilersSection(SpoilerFlags flags) {
        this.flags = flags;
    }

    @Override
    public String title() {
        return "Spoilers";
    }

    @Override
    public int order() {
        return 7;
    }

    @Override
    public boolean appliesTo(String subjectKind) {
        // the member page asks too ("MEMBER"), which is no content kind
        return Arrays.stream(ContentKind.values())
                .anyMatch(k -> k.name().equals(subjectKind) && ContentModeration.canBeSpoiler(k));
    }

    @Override
    public com.vaadin.flow.component.Component render(String subjectKind, long subjectId) {
        return new SpoilersPanel(flags, ContentKind.valueOf(subjectKind), subjectId);
    }
}
