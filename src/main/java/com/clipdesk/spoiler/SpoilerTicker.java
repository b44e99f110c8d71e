package com.clipdesk.spoiler;

import com.clipdesk.catalog.ReleaseSchedule;
import com.clipdesk.content.ContentRef;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the spoiler transitions that fell due: embargoes lifted at the release, spoiler windows
 * ended. Each item in its own transaction (one failing item does not hold back the others; it is
 * retried on the next tick). Run by {@code SpoilerSchedule}; tests call {@link #tick()} themselves.
 */
@Service
public class SpoilerTicker {

    private static final Logger log = LoggerFactory.getLogger(SpoilerTicker.class);

    private final SpoilerTransitionRepository transitions;
    private final SpoilerHolds holds;
    private final SpoilerFlags flags;
    private final ReleaseSchedule releases;
    private final TransactionTemplate tx;
    private final Clock clock;

    SpoilerTicker(SpoilerTransitionRepository transitions, SpoilerHolds holds, SpoilerFlags flags,
            ReleaseSchedule releases, PlatformTransactionManager transactions, Clock clock) {
        this.transitions = transitions;
        this.holds = holds;
        this.flags = flags;
        this.releases = releases;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Applies every transition due now, oldest first, each once; returns how many were applied. */
    public int tick() {
        Instant now = clock.instant();
        Set<ContentRef> items = new LinkedHashSet<>();
        tx.executeWithoutResult(s -> transitions.findDue(now)
                .forEach(t -> items.add(new ContentRef(t.getItemKind(), t.getItemId()))));
        int applied = 0;
        for (ContentRef item : items) {
            try {
                Integer n = tx.execute(s -> holds.applyDue(item.kind(), item.id(), now));
                applied += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("Spoiler transitions of {} {} not applied, retried on the next tick", item.kind(), item.id(), e);
            }
        }
        if (applied > 0) {
            log.info("Spoilers: {} transition(s) applied on {} item(s)", applied, items.size());
        }
        return applied;
    }

    /**
     * Computes the embargo of every item of an episode with an upcoming release somewhere (items that
     * arrived without anyone computing it: demo data, later the ingest API). Idempotent.
     */
    public int sweepUpcoming() {
        List<Long> episodes = tx.execute(s -> releases.episodesReleasedAfter(clock.instant()));
        int items = 0;
        for (long episode : episodes == null ? List.<Long>of() : episodes) {
            items += flags.recomputeEpisode(episode);
        }
        return items;
    }
}
