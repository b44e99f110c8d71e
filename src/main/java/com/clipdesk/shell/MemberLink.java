package com.clipdesk.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** A member's handle linking to their page ({@code members/42}), optionally followed by a note. */
public class MemberLink extends Span {

    public MemberLink(long memberId, String handle) {
        this(memberId, handle, null);
    }

    public MemberLink(long memberId, String handle, @org.jspecify.annotations.Nullable String note) {
        var link = new Anchor("members/" + memberId, handle);
        link.addClassName("cd-member-link");
        add(link);
        if (note != null) {
            add(new Span(" " + note));
        }
    }
}
