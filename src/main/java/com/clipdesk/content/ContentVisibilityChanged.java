package com.clipdesk.content;

import java.util.Set;

/**
 * Published in the transaction of every change to what members see of an item: a review removal or
 * approval, a spoiler flag, a takedown applied, narrowed or lifted (its blocks). Listeners that keep
 * copies of visibility (the share-link status cache) drop them after commit.
 *
 * @param shareLinkTokens the item's share links (Moments only; empty for other kinds)
 */
public record ContentVisibilityChanged(ContentKind kind, long id, Set<String> shareLinkTokens) {

    public ContentVisibilityChanged {
        shareLinkTokens = Set.copyOf(shareLinkTokens);
    }
}
