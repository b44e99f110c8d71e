/**
 * Decision feed (issue 11): every decision (review, takedown, appeal, spoiler, policy publication,
 * featured board change) is written to the transactional outbox {@code feed_entry} in the deciding
 * transaction, numbered at commit in commit order, and delivered: the pull feed
 * {@code GET /api/feed?after=} (scope {@code feed.read}), signed webhooks with retries, and RabbitMQ.
 * Member notices travel with their decisions. Docs: docs/feed.md.
 */
@NullMarked
package com.clipdesk.feed;

import org.jspecify.annotations.NullMarked;
