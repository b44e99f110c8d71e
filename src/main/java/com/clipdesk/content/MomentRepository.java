package com.clipdesk.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MomentRepository extends JpaRepository<Moment, Long>, JpaSpecificationExecutor<Moment> {

    @Override
    @EntityGraph(attributePaths = {"episode.season.title", "creator"})
    Page<Moment> findAll(Specification<Moment> spec, Pageable pageable);

    @EntityGraph(attributePaths = {"episode.season.title", "creator", "shareLinks"})
    Optional<Moment> findWithDetailsById(long id);

    @Query("select distinct m.language from Moment m order by m.language")
    List<String> languages();
}
