/**
 * Review queues: reports on the same subject gather into a {@link com.clipdesk.review.ReviewCase};
 * cases wait in queues (content kind × market × reason category, and a pre-moderation queue) in
 * priority order; a moderator claims the next one with a lease and decides it with a reason code.
 * Leads work escalations and second opinions. Rules: docs/review.md.
 */
@NullMarked
package com.clipdesk.review;

import org.jspecify.annotations.NullMarked;
