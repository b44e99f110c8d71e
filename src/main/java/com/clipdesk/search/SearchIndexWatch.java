package com.clipdesk.search;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the index on disk every {@code clipdesk.search.watch-interval} and rebuilds it when its
 * directory was deleted under the running app: automatically, since nobody can search the lost
 * documents until it is done and the rebuild needs no decision (docs/operations.md). Off with
 * {@code clipdesk.search.watch=false} (tests drive it).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "clipdesk.search.watch", havingValue = "true", matchIfMissing = true)
class SearchIndexWatch {

    private final SearchIndexBootstrap bootstrap;

    SearchIndexWatch(SearchIndexBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Scheduled(fixedDelayString = "${clipdesk.search.watch-interval:PT30S}",
            initialDelayString = "${clipdesk.search.watch-interval:PT30S}")
    void rebuildALostIndex() throws InterruptedException {
        bootstrap.rebuildIfLost();
    }
}
