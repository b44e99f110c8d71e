package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A takedown as pages show it, with its history (oldest first) and the legal order it fulfilled. */
public record TakedownView(long id, ContentKind kind, long itemId, boolean everywhere, Set<String> markets,
        String scopeLabel, String reasonCode, String reasonLabel, Ground ground, String groundReference,
        String explanation, String decidedBy, Instant decidedAt, TakedownStatus status, long version,
        List<TakedownHistoryLine> history, @Nullable LegalOrderView legalOrder) {

    /** "Taken down everywhere" or "Taken down in DE, FR". */
    public String badge() {
        return "Taken down " + (everywhere ? "everywhere" : "in " + scopeLabel);
    }

    /** "moments/42". */
    public String itemRoute() {
        return kind.route() + "/" + itemId;
    }

    public boolean active() {
        return status == TakedownStatus.ACTIVE;
    }
}
