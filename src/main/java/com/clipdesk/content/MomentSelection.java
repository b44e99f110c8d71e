package com.clipdesk.content;

import com.clipdesk.catalog.TitleKind;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which active Moments listed in a market a stricter sharing policy would leave outside it: too long for
 * a title kind, of a title (or one season) no longer clippable, or shared by links (not revoked) to
 * destinations no longer allowed. Counted and listed by {@link ContentService#countMomentsIn} and
 * {@link ContentService#momentsIn}, so a count and its list always agree.
 */
public sealed interface MomentSelection {

    /** Moments of titles of {@code kind} longer than {@code maxSeconds}. */
    record LongerThan(TitleKind kind, int maxSeconds) implements MomentSelection {}

    /** Moments of the title, or of one season of it. */
    record OfTitle(long titleId, @Nullable Long seasonId) implements MomentSelection {}

    /** Moments with a share link, not revoked, to one of the destinations. */
    record SharedTo(Set<ShareDestination> destinations) implements MomentSelection {

        public SharedTo {
            destinations = Set.copyOf(destinations);
        }
    }
}
