package com.clipdesk.content;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface WatchPartyMessageRepository extends Repository<WatchPartyMessage, Long> {

    @EntityGraph(attributePaths = {"author", "party.episode.season.title", "party.host"})
    Optional<WatchPartyMessage> findById(long id);
}
