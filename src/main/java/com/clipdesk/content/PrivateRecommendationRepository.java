package com.clipdesk.content;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface PrivateRecommendationRepository extends Repository<PrivateRecommendation, Long> {

    @EntityGraph(attributePaths = {"sender", "recipient", "title"})
    Optional<PrivateRecommendation> findById(long id);
}
