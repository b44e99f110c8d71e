package com.clipdesk.content;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FandomSubmissionRepository extends JpaRepository<FandomSubmission, Long>, JpaSpecificationExecutor<FandomSubmission> {

    @Override
    @EntityGraph(attributePaths = {"title", "creator"})
    Page<FandomSubmission> findAll(Specification<FandomSubmission> spec, Pageable pageable);

    @EntityGraph(attributePaths = {"title", "creator"})
    Optional<FandomSubmission> findWithDetailsById(long id);
}
