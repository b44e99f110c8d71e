/**
 * Ingest (issue 11): how the product's own systems push content and reports into Clipdesk. The HTTP
 * API for machine clients ({@code /api/ingest/**}, scope {@code ingest.write}) creates and updates
 * Moments, share links, fandom submissions, watch-party messages, private recommendations (reported
 * ones), reports and appeals, one by one or in bulk as NDJSON, idempotently by the product's external
 * ids ({@link com.clipdesk.ingest.ExternalIds}) with versions. Each new item is announced with
 * {@link com.clipdesk.ingest.ContentIngested} after commit, for the rules on ingest and the spoiler
 * holds. Docs: docs/ingest.md.
 */
@NullMarked
package com.clipdesk.ingest;

import org.jspecify.annotations.NullMarked;
