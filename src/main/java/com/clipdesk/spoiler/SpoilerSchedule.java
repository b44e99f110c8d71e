package com.clipdesk.spoiler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Applies spoiler transitions on time: at start (catching up on what fell due while the application was
 * down, after computing the embargoes of upcoming episodes' items) and every {@code clipdesk.spoilers.tick}
 * (default 30 s). Off with {@code clipdesk.spoilers.schedule=false}: tests call {@link SpoilerTicker#tick()}.
 *
 * <p>Runs after the search index check ({@code @Order(105)}): the sweep reindexes the items it holds, and
 * an index holding only those would pass the check for complete and never be rebuilt.
 */
@Configuration
@EnableScheduling
@Order(105)
@ConditionalOnBooleanProperty(name = "clipdesk.spoilers.schedule", matchIfMissing = true)
class SpoilerSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SpoilerSchedule.class);

    private final SpoilerTicker ticker;
    private final ObjectProvider<SpoilerSchedule> self;

    SpoilerSchedule(SpoilerTicker ticker, ObjectProvider<SpoilerSchedule> self) {
        this.ticker = ticker;
        this.self = self;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int items = ticker.sweepUpcoming();
        // through the proxy, under the cluster lock: a node starting while another ticks leaves it to that one
        self.getObject().tick();
        log.info("Spoilers at start: embargoes of {} item(s) of upcoming episodes computed, due transitions"
                + " applied in {} ms", items, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * On one node at a time: two nodes ticking at once would apply the same transitions twice (two audit
     * events, two feed entries). The lock outlives a finished tick by a few seconds, so a node whose timer
     * fires just after finds the work done.
     */
    @Scheduled(initialDelayString = "${clipdesk.spoilers.tick:PT30S}", fixedDelayString = "${clipdesk.spoilers.tick:PT30S}")
    @SchedulerLock(name = "spoiler-tick", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void tick() {
        ticker.tick();
    }
}
