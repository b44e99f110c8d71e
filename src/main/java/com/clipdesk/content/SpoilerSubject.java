package com.clipdesk.content;

import com.clipdesk.catalog.TitleKind;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the spoiler module needs of an item: where it is listed and what it shows (a Moment's episode,
 * a chat message's party's episode; a fandom submission has only its title).
 *
 * @param episodeId null for a fandom submission
 * @param seasonId null for a fandom submission
 */
public record SpoilerSubject(ContentKind kind, long id, Set<String> markets, @Nullable Long episodeId,
        @Nullable Long seasonId, long titleId, TitleKind titleKind, String context) {

    public SpoilerSubject {
        markets = Set.copyOf(markets);
    }
}
