package com.clipdesk.audit;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Read and append only: the repository offers no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    AuditEvent save(AuditEvent event);

    Optional<AuditEvent> findFirstBySubjectKindAndSubjectIdOrderByIdDesc(String subjectKind, String subjectId);

    Optional<AuditEvent> findFirstByActionInOrderByIdDesc(Collection<String> actions);

    long count();
}
