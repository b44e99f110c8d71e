package com.clipdesk.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface WatchPartyMessageRepository extends Repository<WatchPartyMessage, Long> {

    @EntityGraph(attributePaths = {"author", "party.episode.season.title", "party.host"})
    Optional<WatchPartyMessage> findById(long id);

    /** The messages sent just before one in its party, latest first. */
    @EntityGraph(attributePaths = {"author"})
    List<WatchPartyMessage> findTop3ByPartyAndSentAtBeforeOrderBySentAtDesc(WatchParty party, Instant sentAt);

    /** The messages sent just after one in its party, earliest first. */
    @EntityGraph(attributePaths = {"author"})
    List<WatchPartyMessage> findTop3ByPartyAndSentAtAfterOrderBySentAtAsc(WatchParty party, Instant sentAt);
}
