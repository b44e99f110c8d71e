package com.clipdesk.ingest;

/** Problem types of the ingest API (RFC 9457 {@code type} URIs), listed in docs/ingest.md. */
public final class IngestProblems {

    public static final String BASE = "https://clipdesk.example/problems/";
    /** A field is missing, of the wrong type, too long, out of range or unknown. */
    public static final String INVALID_ITEM = "invalid-item";
    /** The line is not one JSON object in UTF-8. */
    public static final String UNREADABLE_LINE = "unreadable-line";
    /** The item names another item (member, Moment, party…) that Clipdesk does not know. */
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    /** The same item twice in one request. */
    public static final String DUPLICATE_IN_REQUEST = "duplicate-in-request";
    /** The item cannot change this way (an appeal once filed, a decided report). */
    public static final String NOT_CHANGEABLE = "not-changeable";
    /** A private recommendation arrived without a report. */
    public static final String NOT_REPORTED = "not-reported";

    private IngestProblems() {}
}
