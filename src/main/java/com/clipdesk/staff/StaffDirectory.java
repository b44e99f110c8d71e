package com.clipdesk.staff;

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

    @Autowired
    StaffDirectory(StaffMemberRepository members, ApplicationEventPublisher events) {
        this(members, events, Clock.systemUTC());
    }

    StaffDirectory(StaffMemberRepository members, ApplicationEventPublisher events, Clock clock) {
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
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset must be >= 0 and limit within 1..500");
        }
        Sort order = Sort.by(Sort.Order.desc("lastSignInAt"), Sort.Order.asc("id"));
        if (offset % limit == 0) {
            return members.findAll(PageRequest.of(offset / limit, limit, order)).getContent();
        }
        // Lazy grids may ask for any offset: read the two pages that cover it and cut.
        int page = offset / limit;
        List<StaffMember> covering = new java.util.ArrayList<>(members.findAll(PageRequest.of(page, limit, order)).getContent());
        covering.addAll(members.findAll(PageRequest.of(page + 1, limit, order)).getContent());
        int from = Math.min(offset - page * limit, covering.size());
        return List.copyOf(covering.subList(from, Math.min(from + limit, covering.size())));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public long count() {
        return members.count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public Optional<StaffMember> findBySubject(String subject) {
        return members.findBySubject(subject);
    }
}
