package com.clipdesk.member;

import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members as staff see them. Trust-and-safety staff (moderators, leads, auditors, admins) open a
 * member whose home market is in their scope; other modules hang strikes, notices and appeals on the
 * member page as sections.
 */
@Service
@Transactional(readOnly = true)
public class MemberService {

    /** Who opens member pages. */
    public static final Role[] READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.AUDITOR, Role.ADMIN};

    private final EntityManager em;
    private final CurrentStaff currentStaff;

    MemberService(EntityManager em, CurrentStaff currentStaff) {
        this.em = em;
        this.currentStaff = currentStaff;
    }

    /** The member, for a reader whose scope holds their home market. */
    public MemberDetails details(long id) {
        SignedInStaff staff = currentStaff.require(READERS);
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("Member", id);
        }
        if (!staff.scope().includes(member.getHomeMarket())) {
            throw new OutOfScopeException("Member", id);
        }
        return new MemberDetails(member.getId(), member.getHandle(), member.getHomeMarket(), member.getAgeBand(),
                member.getJoinedAt());
    }

    /** Whether the signed-in staff member may open this member's page (for links from item pages). */
    public boolean mayOpen(long id) {
        SignedInStaff staff = currentStaff.get();
        if (!staff.hasAny(READERS)) {
            return false;
        }
        Member member = em.find(Member.class, id);
        return member != null && staff.scope().includes(member.getHomeMarket());
    }

    /**
     * The member with this handle, for the member app's API (no staff signed in: the API's client is
     * authorised by its token's scope) and for modules naming appellants.
     */
    public Optional<MemberDetails> byHandle(String handle) {
        return em.createQuery("select m from Member m where m.handle = :handle", Member.class)
                .setParameter("handle", handle).getResultStream().findFirst()
                .map(m -> new MemberDetails(m.getId(), m.getHandle(), m.getHomeMarket(), m.getAgeBand(), m.getJoinedAt()));
    }

    /** Handles by member id, for lists that name members. */
    public java.util.Map<Long, String> handles(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select m.id, m.handle from Member m where m.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /**
     * The member's home market, for what a decision writes to the member in its own transaction
     * (notices): no staff check, the decision was authorized; empty for an unknown member.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> homeMarketOf(long id) {
        return Optional.ofNullable(em.find(Member.class, id)).map(Member::getHomeMarket);
    }

    /** Handles of these that a member has already (the ingest API checks a chunk at once). */
    public java.util.Set<String> takenHandles(java.util.Collection<String> handles) {
        if (handles.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("select m.handle from Member m where m.handle in :handles",
                String.class).setParameter("handles", handles).getResultList());
    }

    /**
     * A member the product announces (ingest API; no staff involved, the client holds {@code ingest.write}).
     * Runs in the caller's transaction, which records the product's id for them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long register(String handle, String homeMarket, String ageBand, java.time.Instant joinedAt) {
        Member member = new Member(handle, homeMarket, ageBand, joinedAt);
        em.persist(member);
        return member.getId();
    }

    /** A newer version of a member from the product: home market and age band (the handle stays). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(long id, String homeMarket, String ageBand) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("Member", id);
        }
        member.revise(homeMarket, ageBand);
    }
}
