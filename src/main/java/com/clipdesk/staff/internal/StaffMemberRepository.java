package com.clipdesk.staff.internal;

import com.clipdesk.staff.StaffMember;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Only {@link com.clipdesk.staff.StaffDirectory} uses this; other modules ask the directory. */
public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findBySubject(String subject);

    /** Members whose name or username contains {@code text} (lower case). */
    @Query("""
            select m from StaffMember m
            where lower(m.displayName) like concat('%', :text, '%') or lower(m.username) like concat('%', :text, '%')""")
    Page<StaffMember> findByName(@Param("text") String text, Pageable page);

    @Query("""
            select count(m) from StaffMember m
            where lower(m.displayName) like concat('%', :text, '%') or lower(m.username) like concat('%', :text, '%')""")
    long countByName(@Param("text") String text);

    /** The cut-off of {@link SessionCutoffFilter}; empty for an unknown member or one never ended. */
    @Query("select m.sessionsValidAfter from StaffMember m where m.subject = :subject")
    Optional<Instant> findSessionsValidAfter(@Param("subject") String subject);
}
