package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Requests as the dialog builds them. */
public final class TakedownFixtures {

    private TakedownFixtures() {}

    public static TakedownRequest inMarkets(ContentKind kind, long id, String... markets) {
        return new TakedownRequest(kind, id, false, Set.of(markets), "HATE_SPEECH", Ground.ILLEGAL,
                "StGB § 130 (DE)", "Incites hatred against a group.", null);
    }

    public static TakedownRequest everywhere(ContentKind kind, long id) {
        return new TakedownRequest(kind, id, true, Set.of(), "HARASSMENT", Ground.TERMS, "ToS 4.2 Harassment",
                "Targets a member with abuse.", null);
    }

    public static TakedownRequest withOrder(ContentKind kind, long id, @Nullable LegalOrderRequest order,
            String... markets) {
        return new TakedownRequest(kind, id, false, Set.of(markets), "HATE_SPEECH", Ground.ILLEGAL,
                "StGB § 130 (DE)", "Removal order of the authority.", order);
    }
}
