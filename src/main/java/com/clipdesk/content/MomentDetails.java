package com.clipdesk.content;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the Moment page shows. {@code blockedMarkets}: where takedowns hide it now
 * ({@link MarketBlocks#EVERYWHERE} for all), so its share links do not resolve there. {@code heldMarkets}:
 * where it is embargoed or spoiler-hidden now (release dates, docs/spoilers.md).
 */
public record MomentDetails(long id, long titleId, String titleName, String episodeLabel, int episodeSeconds,
        int startSecond, int endSecond, String caption, String language, long creatorId, String creatorHandle,
        String creatorMarket, Instant createdAt, ContentState state, int shareCount, int reportCount,
        Set<String> markets, Set<String> blockedMarkets, Set<String> heldMarkets, List<ShareLinkLine> shareLinks,
        long version) {

    public record ShareLinkLine(String token, ShareDestination destination, Instant createdAt,
            @Nullable Instant revokedAt) {}

    static MomentDetails of(Moment m, Instant now) {
        var episode = m.getEpisode();
        var title = episode.getSeason().getTitle();
        List<ShareLinkLine> links = m.getShareLinks().stream()
                .map(l -> new ShareLinkLine(l.getToken(), l.getDestination(), l.getCreatedAt(), l.getRevokedAt()))
                .toList();
        return new MomentDetails(m.getId(), title.getId(), title.getName(), episode.label(),
                episode.getDurationSeconds(), m.getStartSecond(), m.getEndSecond(), m.getCaption(), m.getLanguage(),
                m.getCreator().getId(), m.getCreator().getHandle(), m.getCreator().getHomeMarket(), m.getCreatedAt(), m.getState(),
                m.getShareCount(), m.getReportCount(), m.getMarkets(), m.getBlockedMarkets(), heldAt(m, now), links, m.getVersion());
    }

    private static Set<String> heldAt(Moment m, Instant now) {
        var held = new java.util.TreeSet<String>();
        m.getHolds().forEach((market, hold) -> {
            if (hold.stateAt(now) != null) {
                held.add(market);
            }
        });
        return held;
    }

    /** Taken down everywhere: no link resolves in any market. */
    public boolean blockedEverywhere() {
        return blockedMarkets.contains(MarketBlocks.EVERYWHERE);
    }

    /** "DE, FR": the markets where takedowns block it, sorted; empty when blocked nowhere or everywhere. */
    public String blockedMarketList() {
        return blockedEverywhere() ? "" : String.join(", ", new java.util.TreeSet<>(blockedMarkets));
    }

    public String timecode() {
        return Timecode.range(startSecond, endSecond);
    }

    /** "Operation Marigold · S1 E9 · The Reckoning", or just the title for a film. */
    public String titleAndEpisode() {
        return episodeLabel.equals(titleName) ? titleName : titleName + " · " + episodeLabel;
    }
}
