package com.clipdesk.feed;

import org.springframework.stereotype.Component;

/**
 * Wakes the long polls of this instance ({@link FeedLongPolls}) when a transaction with feed entries
 * commits. Polls on other instances are not woken: they look at the database every second.
 */
@Component
class FeedSignal {

    private volatile Runnable onCommit = () -> {};

    void committed() {
        onCommit.run();
    }

    /** Also run {@code action} (quick, never throwing) after every commit with feed entries. */
    void onCommit(Runnable action) {
        this.onCommit = action;
    }
}
