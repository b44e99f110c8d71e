package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A takedown as the dialog asks for it.
 *
 * @param everywhere every market; else {@code markets} (some of the item's markets)
 * @param groundReference the law (ground ILLEGAL) or terms clause (TERMS) it rests on
 * @param legalOrder set when an authority requested it: the order is recorded and fulfilled by this takedown
 */
public record TakedownRequest(ContentKind kind, long itemId, boolean everywhere, Set<String> markets,
        @Nullable String reasonCode, @Nullable Ground ground, @Nullable String groundReference,
        @Nullable String explanation, @Nullable LegalOrderRequest legalOrder) {

    public TakedownRequest {
        markets = Set.copyOf(markets);
    }
}
