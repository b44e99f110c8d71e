package com.clipdesk.search;

import org.jspecify.annotations.Nullable;

/**
 * A saved search as the signed-in staff member sees it: {@code hits} is its current count within
 * their markets, or null with {@code problem} saying why when the query no longer runs.
 *
 * @param mine whether the signed-in staff member owns it (and so may rename, share or delete it)
 */
public record SavedSearchRow(long id, String name, String query, SearchSort sort, String ownerUsername,
        String ownerDisplayName, boolean shared, boolean mine, long version, @Nullable Long hits,
        @Nullable String problem) {}
