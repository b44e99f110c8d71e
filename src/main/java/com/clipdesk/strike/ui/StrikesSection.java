package com.clipdesk.strike.ui;

import com.clipdesk.shell.ItemSection;
import com.clipdesk.strike.StrikeService;
import org.springframework.stereotype.Component;

/** "Strikes and restrictions" on the member page. */
@Component
class StrikesSection implements ItemSection {

    /** The member page's subject kind (MemberView.SUBJECT_KIND; a literal, the constant would be inlined anyway). */
    static final String MEMBER = "MEMBER";

    private final StrikeService strikes;

    StrikesSection(StrikeService strikes) {
        this.strikes = strikes;
    }

    @Override
    public String title() {
        return "Strikes and restrictions";
    }

    @Override
    public int order() {
        return 7;
    }

    @Override
    public boolean appliesTo(String subjectKind) {
        return MEMBER.equals(subjectKind);
    }

    @Override
    public com.vaadin.flow.component.Component render(String subjectKind, long subjectId) {
        return new StrikesPanel(strikes, subjectId);
    }
}
