package com.clipdesk.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MomentRepository extends JpaRepository<Moment, Long>, JpaSpecificationExecutor<Moment> {

    @EntityGraph(attributePaths = {"episode.season.title", "creator", "shareLinks"})
    Optional<Moment> findWithDetailsById(long id);

    @EntityGraph(attributePaths = {"episode.season.title", "creator"})
    List<Moment> findWithDetailsByIdIn(java.util.Collection<Long> ids);

    @Query("select distinct m.language from Moment m order by m.language")
    List<String> languages();
}
