package com.clipdesk.transparency;

/**
 * A value of one of the Transparency Database's closed lists. {@link #value()} is the value exactly
 * as the API spells it (for most lists the constant's name, e.g. {@code SOURCE_ARTICLE_16}).
 */
public interface ApiValue {

    String value();

    /** The database's own description of the value. */
    String label();
}
