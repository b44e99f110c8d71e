package com.clipdesk.content;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FandomSubmissionRepository extends JpaRepository<FandomSubmission, Long>, JpaSpecificationExecutor<FandomSubmission> {

    @EntityGraph(attributePaths = {"title", "creator"})
    Optional<FandomSubmission> findWithDetailsById(long id);

    @EntityGraph(attributePaths = {"title", "creator"})
    java.util.List<FandomSubmission> findWithDetailsByIdIn(java.util.Collection<Long> ids);
}
