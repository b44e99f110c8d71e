package com.clipdesk.delivery.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.delivery.WebhookRow;
import com.clipdesk.delivery.WebhookState;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The delivery log's empty state says why it is empty and what comes next. */
class WebhooksViewEmptyLogTest {

    private static WebhookRow webhook(WebhookState state, long cursor, long head) {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        return new WebhookRow(1, "Trust ops", "https://hooks.example/clipdesk", Set.of(), Set.of(), state, cursor,
                head - cursor, 0, now, null, null, null, null, now, "admin");
    }

    @Test
    void aPausedWebhookSaysHowManyEntriesWaitAndThatResumingDeliversThem() {
        assertThat(WebhooksView.emptyLog(webhook(WebhookState.PAUSED, 0, 35))).isEqualTo(
                "No delivery attempts yet: the webhook is paused and 35 entries are waiting. Resume it to deliver them.");
        assertThat(WebhooksView.emptyLog(webhook(WebhookState.PAUSED, 34, 35))).contains("1 entry is waiting");
    }

    @Test
    void anActiveWebhookSaysDeliveriesFollowNewDecisions() {
        assertThat(WebhooksView.emptyLog(webhook(WebhookState.ACTIVE, 7, 7))).isEqualTo("No delivery attempts yet: no "
                + "entries are waiting. Each new decision in its entry types and markets is delivered within seconds.");
    }
}
