package com.clipdesk.member.ui;

import com.clipdesk.member.MemberDetails;
import com.clipdesk.member.MemberService;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ItemPage;
import com.clipdesk.shell.ItemSection;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * One member: handle, home market, age band, and what other modules hang on members (strikes and
 * restrictions, notices, appeals) as {@link ItemSection}s for the subject kind {@value #SUBJECT_KIND}.
 */
@Route(value = "members/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class MemberView extends ItemPage<MemberDetails> {

    /** The subject kind member-page sections answer to in {@link ItemSection#appliesTo(String)}. */
    public static final String SUBJECT_KIND = "MEMBER";

    private final MemberService members;
    private final List<ItemSection> sections;

    MemberView(MemberService members, List<ItemSection> sections) {
        super("Member");
        this.members = members;
        this.sections = sections;
    }

    @Override
    protected MemberDetails load(long id) {
        return members.details(id);
    }

    @Override
    protected void show(MemberDetails m) {
        var heading = new H2(m.handle());
        heading.addClassName("cd-item-title");
        var facts = new Facts()
                .add("Member", "#" + m.id())
                .add("Home market", m.homeMarket())
                .add("Age band", m.ageBand().replace('_', '–').replace("–PLUS", "+"))
                .add("Joined", Formats.dateTime(m.joinedAt()));
        add(heading, facts);
        sections.stream()
                .filter(s -> s.appliesTo(SUBJECT_KIND))
                .sorted(Comparator.comparingInt(ItemSection::order))
                .forEach(s -> {
                    var section = new VerticalLayout(new H3(s.title()), s.render(SUBJECT_KIND, m.id()));
                    section.setPadding(false);
                    section.addClassName("cd-section");
                    add(section);
                });
    }
}
