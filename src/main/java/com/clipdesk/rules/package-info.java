/**
 * Rules on ingest (docs/rules.md): a saved search that a lead moderator or admin promotes to a rule
 * acting on matching new content: route it to a review queue, raise its case's priority, or pre-flag
 * it as a spoiler. A rule runs in shadow mode first, recording what it would have done, until an
 * admin enables it. New items are matched after the ingesting transaction commits, in batches: one
 * search per rule and batch.
 */
@NullMarked
package com.clipdesk.rules;

import org.jspecify.annotations.NullMarked;
