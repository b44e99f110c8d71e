package com.clipdesk.ingest;

/**
 * The search index took in what one ingest transaction wrote (published from the indexing thread,
 * once the documents are searchable; only when the ingest does not wait for the index, see
 * {@code clipdesk.ingest.wait-for-index}). Listeners that search for new items, the rules on ingest,
 * look again then instead of at their next sweep. Listeners must return quickly: hand work to a
 * thread of their own.
 */
public record IngestIndexed() {}
