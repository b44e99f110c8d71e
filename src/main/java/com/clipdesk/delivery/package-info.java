/**
 * Delivery of the decision feed (issue 11) to consumers that are not polling {@code GET /api/feed}:
 * signed webhooks (per subscription: its own cursor, filters, retries with exponential backoff and
 * head-of-line order, a lease so one node at a time delivers it, a bounded delivery log) and the
 * RabbitMQ relay (its own cursor, publisher confirms, a durable topic exchange). Both read committed
 * entries through {@link com.clipdesk.feed.DecisionFeed} and deliver at least once: consumers dedupe
 * on the entry's seq. The admins' page {@code webhooks}. Docs: docs/feed.md.
 */
@NullMarked
package com.clipdesk.delivery;

import org.jspecify.annotations.NullMarked;
