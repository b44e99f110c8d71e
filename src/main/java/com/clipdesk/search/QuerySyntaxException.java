package com.clipdesk.search;

/**
 * A query the staff member can fix: the message says what is wrong, {@link #position()} where (a
 * character offset into the query, or -1).
 */
public class QuerySyntaxException extends RuntimeException {

    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
