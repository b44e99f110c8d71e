package com.clipdesk.staff.internal;

import com.clipdesk.staff.StaffMember;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Only {@link com.clipdesk.staff.StaffDirectory} uses this; other modules ask the directory. */
public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findBySubject(String subject);
}
