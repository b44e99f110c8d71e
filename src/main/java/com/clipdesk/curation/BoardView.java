package com.clipdesk.curation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A board as the curation page shows it: the draft in order, what is published, and the market's open
 * notices. A title page names its title ({@code titleId}, {@code titleName}; null on a home row). {@code version} is null while the board has never been edited (it is created on the first
 * change); pass it back with every change.
 */
public record BoardView(String market, Surface surface, @Nullable Long titleId, @Nullable String titleName,
        List<SlotView> draft, List<SlotView> published,
        boolean unpublishedChanges, @Nullable String publishedBy, @Nullable Instant publishedAt,
        @Nullable String lastEditedBy, @Nullable Instant lastEditedAt, @Nullable Long version,
        List<NoticeView> notices) {

    /** A Moment on the board, with what the page shows of it and why it may not be featured (null: eligible). */
    public record SlotView(long momentId, int position, String titleName, String episodeLabel, long episodeId,
            String timecode,
            int startSecond, int endSecond, String caption, int shareCount, boolean spoiler,
            @Nullable Instant startsAt, @Nullable Instant endsAt, String addedBy, Instant addedAt,
            @Nullable String refusal, boolean liveNow) {}

    /** The key of this board, to pass back with changes. */
    public BoardKey key() {
        return new BoardKey(market, surface, titleId);
    }

    /** A notice; {@code titleId} names the title page it is about (null: the home row). */
    public record NoticeView(long id, String market, Surface surface, @Nullable Long titleId, long momentId,
            String message, Instant createdAt) {

        public BoardKey board() {
            return new BoardKey(market, surface, titleId);
        }
    }

    /** A title-page board of a market, to jump to: how many Moments its draft holds, when it was published. */
    public record TitlePage(long titleId, String titleName, int draftSize, @Nullable Instant publishedAt) {}
}
