package com.clipdesk.content;

import java.time.Instant;
import java.util.List;

/**
 * Everything the watch-party message page shows: the message, its party and episode, and the few
 * messages around it in the chat (oldest first).
 */
public record MessageDetails(long id, long partyId, String context, String titleName, String episodeLabel,
        String body, String language, long authorId, String authorHandle, String market, ContentState state, boolean spoiler,
        Instant sentAt, int reportCount, List<Line> before, List<Line> after) {

    /** A neighbouring chat line. */
    public record Line(long id, String authorHandle, Instant sentAt, String body, ContentState state) {

        static Line of(WatchPartyMessage m) {
            return new Line(m.getId(), m.getAuthor().getHandle(), m.getSentAt(), m.getBody(), m.getState());
        }
    }

    static MessageDetails of(WatchPartyMessage m, List<WatchPartyMessage> before, List<WatchPartyMessage> after) {
        WatchParty party = m.getParty();
        var episode = party.getEpisode();
        return new MessageDetails(m.getId(), party.getId(), m.context(), episode.getSeason().getTitle().getName(),
                episode.titleAndLabel(), m.getBody(), m.getLanguage(), m.getAuthor().getId(), m.getAuthor().getHandle(),
                party.getMarketCode(), m.getState(), m.isSpoiler(), m.getSentAt(), m.getReportCount(),
                before.stream().map(Line::of).toList(), after.stream().map(Line::of).toList());
    }
}
