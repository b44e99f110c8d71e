package com.clipdesk.ingest;

/**
 * Limits of one ingest request (docs/ingest.md); beyond them the API answers 413 with a problem.
 * String fields are limited to their columns' lengths by {@link Fields}.
 */
public final class IngestLimits {

    /** Bytes of a request body. */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** Lines of one bulk request. */
    public static final int MAX_LINES = 10_000;
    /** Bytes of one line (or of the single-item body). */
    public static final int MAX_LINE_BYTES = 64 * 1024;
    /** Lines written per transaction. */
    public static final int CHUNK = 500;
    /** Nesting of JSON objects and arrays in a line (a line needs 3). */
    static final int MAX_DEPTH = 8;
    /** Digits of a number. */
    static final int MAX_NUMBER_LENGTH = 32;
    /** External ids: the column's length. */
    public static final int EXTERNAL_ID_MAX = 100;

    private IngestLimits() {}
}
