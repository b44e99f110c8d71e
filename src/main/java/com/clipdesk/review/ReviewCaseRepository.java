package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewCaseRepository extends JpaRepository<ReviewCase, Long>, JpaSpecificationExecutor<ReviewCase> {

    Optional<ReviewCase> findBySubjectKindAndSubjectId(ContentKind kind, long subjectId);

    /** The case, its row locked until the transaction ends: deciders of one case queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ReviewCase c where c.id = :id")
    Optional<ReviewCase> findForDecision(@Param("id") long id);

    /**
     * Claims the case for {@code username} unless someone else holds a live lease on it or it was
     * decided: one statement, so of two claimers racing for it exactly one gets it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ReviewCase c set c.claimedBy = :username, c.claimedByName = :name, c.leaseUntil = :until
            where c.id = :id and c.status in :statuses
              and (c.claimedBy is null or c.claimedBy = :username or c.leaseUntil < :now)""")
    int claim(@Param("id") long id, @Param("statuses") List<CaseStatus> statuses, @Param("username") String username,
            @Param("name") String name, @Param("until") Instant until, @Param("now") Instant now);

    /** Extends a lease its holder still has. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ReviewCase c set c.leaseUntil = :until
            where c.id = :id and c.claimedBy = :username and c.leaseUntil >= :now and c.status <> :closed""")
    int renew(@Param("id") long id, @Param("username") String username, @Param("until") Instant until,
            @Param("now") Instant now, @Param("closed") CaseStatus closed);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ReviewCase c set c.claimedBy = null, c.claimedByName = null, c.leaseUntil = null
            where c.id = :id and c.claimedBy = :username""")
    int release(@Param("id") long id, @Param("username") String username);

    /** Clears lapsed leases so that grids show those cases as free again. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ReviewCase c set c.claimedBy = null, c.claimedByName = null, c.leaseUntil = null
            where c.leaseUntil < :now""")
    int releaseLapsed(@Param("now") Instant now);

    @Query("""
            select c from ReviewCase c where c.creatorId = :creatorId and c.id <> :exceptId
            order by c.id desc limit 20""")
    List<ReviewCase> otherCasesOfCreator(@Param("creatorId") long creatorId, @Param("exceptId") long exceptId);
}
