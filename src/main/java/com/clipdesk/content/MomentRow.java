package com.clipdesk.content;

import java.time.Instant;
import java.util.Set;

/** One line of the Moments grid. */
public record MomentRow(long id, String titleName, String episodeLabel, int startSecond, int endSecond,
        String caption, String language, String creatorHandle, Instant createdAt, ContentState state,
        int shareCount, int reportCount, Set<String> markets) {

    static MomentRow of(Moment m) {
        return new MomentRow(m.getId(), m.getEpisode().getSeason().getTitle().getName(), m.getEpisode().label(),
                m.getStartSecond(), m.getEndSecond(), m.getCaption(), m.getLanguage(), m.getCreator().getHandle(),
                m.getCreatedAt(), m.getState(), m.getShareCount(), m.getReportCount(), m.getMarkets());
    }

    /** "12:04–12:31" */
    public String timecode() {
        return Timecode.range(startSecond, endSecond);
    }

    /** "Operation Marigold · S1 E9 · The Reckoning", or just the title for a film. */
    public String titleAndEpisode() {
        return episodeLabel.equals(titleName) ? titleName : titleName + " · " + episodeLabel;
    }
}
