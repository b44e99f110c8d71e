package com.clipdesk.content;

import java.util.Set;
import java.util.TreeSet;

/** How takedown blocks combine with the markets an item is listed in. */
public final class MarketBlocks {

    /** The block that stands for every market. */
    public static final String EVERYWHERE = "*";

    private MarketBlocks() {}

    /** The listed markets whose members may be shown the item: none when it is blocked everywhere. */
    public static Set<String> visible(Set<String> listed, Set<String> blocked) {
        if (blocked.contains(EVERYWHERE)) {
            return Set.of();
        }
        Set<String> visible = new TreeSet<>(listed);
        visible.removeAll(blocked);
        return visible;
    }

    /** As {@link #visible(Set, Set)}, leaving out the markets where release dates hold the item back too. */
    public static Set<String> visible(Set<String> listed, Set<String> blocked, Set<String> held) {
        Set<String> visible = new TreeSet<>(visible(listed, blocked));
        visible.removeAll(held);
        return visible;
    }

    /**
     * Replaces an item's blocks by {@code markets} (what its takedowns add up to now); false, and
     * nothing touched, when they were already these, so the item's version moves only on a change.
     */
    static boolean replace(Set<String> blocked, Set<String> markets) {
        if (blocked.equals(markets)) {
            return false;
        }
        blocked.clear();
        blocked.addAll(markets);
        return true;
    }

    /** True when members in {@code market} must not be shown an item with these blocks. */
    public static boolean blocks(Set<String> blocked, String market) {
        return blocked.contains(EVERYWHERE) || blocked.contains(market);
    }
}
