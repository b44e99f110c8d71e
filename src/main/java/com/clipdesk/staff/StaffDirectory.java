package com.clipdesk.staff;

import com.clipdesk.staff.internal.SessionCutoffs;
import com.clipdesk.staff.internal.StaffMemberRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff members who have signed in, and the place a sign-in is recorded. */
@Service
public class StaffDirectory {

    private final StaffMemberRepository members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final RecentSignIn recentSignIn;
    private final SessionCutoffs cutoffs;

    /** The system clock: sign-ins and session cut-offs are compared with real times (see {@link RecentSignIn}). */
    @Autowired
    StaffDirectory(StaffMemberRepository members, ApplicationEventPublisher events, CurrentStaff currentStaff,
            RecentSignIn recentSignIn, SessionCutoffs cutoffs) {
        this(members, events, currentStaff, recentSignIn, cutoffs, Clock.systemUTC());
    }

    StaffDirectory(StaffMemberRepository members, ApplicationEventPublisher events, CurrentStaff currentStaff,
            RecentSignIn recentSignIn, SessionCutoffs cutoffs, Clock clock) {
        this.currentStaff = currentStaff;
        this.recentSignIn = recentSignIn;
        this.cutoffs = cutoffs;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a completed OIDC sign-in: creates or refreshes the staff member and publishes
     * {@link StaffSignedIn}. Called by the sign-in flow only, before any authorization exists.
     */
    @Transactional
    public StaffMember recordSignIn(SignedInStaff staff, @Nullable String email) {
        Instant at = clock.instant();
        StaffMember member = members.findBySubject(staff.subject()).orElse(null);
        if (member == null) {
            member = members.save(new StaffMember(staff, email, at));
        } else {
            member.signedIn(staff, email, at);
        }
        events.publishEvent(new StaffSignedIn(staff.subject(), staff.username(), staff.roles(), staff.scope(), at));
        return member;
    }

    /** One page of staff members, most recently signed in first. Admins and auditors only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<StaffMember> list(int offset, int limit) {
        return list("", offset, limit);
    }

    /**
     * One page of the staff members whose name or username contains {@code name} (any case; blank: all),
     * most recently signed in first. Admins and auditors only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<StaffMember> list(String name, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset must be >= 0 and limit within 1..500");
        }
        String text = searchText(name);
        Sort order = Sort.by(Sort.Order.desc("lastSignInAt"), Sort.Order.asc("id"));
        java.util.function.Function<PageRequest, List<StaffMember>> page = request -> text.isEmpty()
                ? members.findAll(request).getContent()
                : members.findByName(text, request).getContent();
        if (offset % limit == 0) {
            return page.apply(PageRequest.of(offset / limit, limit, order));
        }
        // Lazy grids may ask for any offset: read the two pages that cover it and cut.
        int first = offset / limit;
        List<StaffMember> covering = new java.util.ArrayList<>(page.apply(PageRequest.of(first, limit, order)));
        covering.addAll(page.apply(PageRequest.of(first + 1, limit, order)));
        int from = Math.min(offset - first * limit, covering.size());
        return List.copyOf(covering.subList(from, Math.min(from + limit, covering.size())));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public long count() {
        return members.count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public long count(String name) {
        String text = searchText(name);
        return text.isEmpty() ? members.count() : members.countByName(text);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public Optional<StaffMember> findBySubject(String subject) {
        return members.findBySubject(subject);
    }

    /** Whether the signed-in staff member may end other members' sessions (admins). */
    public boolean mayEndSessions() {
        try {
            return currentStaff.get().has(Role.ADMIN);
        } catch (org.springframework.security.access.AccessDeniedException notSignedIn) {
            return false;
        }
    }

    /**
     * Ends every console session of the staff member, on every app node: each is sent to the sign-in
     * on its next request (within {@code clipdesk.security.session-check-interval}), where the identity
     * provider's current roles and markets apply. For when their access was removed or changed at the
     * identity provider. Admins only, with a recent sign-in when it is someone else; audited
     * ({@code STAFF_SESSIONS_ENDED}).
     */
    @Transactional
    public StaffMember endSessions(String subject) {
        SignedInStaff staff = currentStaff.require(Role.ADMIN);
        StaffMember member = members.findBySubject(subject)
                .orElseThrow(() -> new com.clipdesk.shared.NotFoundException("Staff member", subject));
        boolean own = member.getSubject().equals(staff.subject());
        if (!own) {
            recentSignIn.require("Ending another staff member's sessions");
        }
        return end(member, staff, own);
    }

    /** Ends every console session of the signed-in staff member, this one included ("sign out everywhere"). */
    @Transactional
    public void endOwnSessions() {
        SignedInStaff staff = currentStaff.get();
        members.findBySubject(staff.subject()).ifPresent(member -> end(member, staff, true));
    }

    private StaffMember end(StaffMember member, SignedInStaff staff, boolean own) {
        Instant at = clock.instant();
        member.endSessionsBefore(at);
        members.flush();
        cutoffs.forget(member.getSubject());
        events.publishEvent(new StaffSessionsEnded(member.getSubject(), member.getUsername(), staff.username(), own, at));
        return member;
    }

    /** A name filter for LIKE: lower case, without LIKE's own wildcards. */
    private static String searchText(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
    }
}
