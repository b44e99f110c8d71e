package com.clipdesk.spoiler;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SpoilerTransitionRepository extends JpaRepository<SpoilerTransition, Long> {

    @Query("select t from SpoilerTransition t where t.doneAt is null and t.dueAt <= :now order by t.dueAt, t.id")
    List<SpoilerTransition> findDue(Instant now);

    @Query("select t from SpoilerTransition t where t.doneAt is null and t.itemKind = :kind and t.itemId = :id"
            + " and t.dueAt <= :now order by t.dueAt, t.id")
    List<SpoilerTransition> findDueOf(ContentKind kind, long id, Instant now);

    @Query("select t from SpoilerTransition t where t.doneAt is null and t.itemKind = :kind and t.itemId = :id"
            + " order by t.dueAt, t.id")
    List<SpoilerTransition> findPendingOf(ContentKind kind, long id);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from SpoilerTransition t where t.doneAt is null and t.itemKind = :kind and t.itemId = :id")
    void deletePendingOf(ContentKind kind, long id);
}
