package com.clipdesk.curation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A board as the curation page shows it: the draft in order, what is published, and the market's open
 * notices. {@code version} is null while the board has never been edited (it is created on the first
 * change); pass it back with every change.
 */
public record BoardView(String market, Surface surface, List<SlotView> draft, List<SlotView> published,
        boolean unpublishedChanges, @Nullable String publishedBy, @Nullable Instant publishedAt,
        @Nullable String lastEditedBy, @Nullable Instant lastEditedAt, @Nullable Long version,
        List<NoticeView> notices) {

    /** A Moment on the board, with what the page shows of it and why it may not be featured (null: eligible). */
    public record SlotView(long momentId, int position, String titleName, String episodeLabel, long episodeId,
            String timecode,
            int startSecond, int endSecond, String caption, int shareCount, boolean spoiler,
            @Nullable Instant startsAt, @Nullable Instant endsAt, String addedBy, Instant addedAt,
            @Nullable String refusal, boolean liveNow) {}

    public record NoticeView(long id, String market, Surface surface, long momentId, String message, Instant createdAt) {}
}
