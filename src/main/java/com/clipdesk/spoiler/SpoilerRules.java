package com.clipdesk.spoiler;

import com.clipdesk.content.MarketHold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rule of issue 7 for one item in one market, without a database: before the release there the
 * item is embargoed (every Moment and chat message of an unreleased episode, flagged or not; a flagged
 * item also until what it spoils is out there); after it, a flagged item is spoiler-hidden for the
 * market's window; then clear. A missing release date means embargoed with no end.
 */
final class SpoilerRules {

    private SpoilerRules() {}

    /**
     * @param showsEpisode the item shows an episode (a Moment, a chat message), whose release embargoes it
     * @param ownRelease that episode's release in the market (null: none)
     * @param flagged the item carries a spoiler flag
     * @param targetRelease the release there of what the flag spoils (its latest episode); null: none
     * @param spoilerEnds when the spoiler window the target's release opens there ends (the market's
     *     windows over time applied to {@code targetRelease}); null when there is no target release
     */
    record Inputs(String market, boolean showsEpisode, @Nullable Instant ownRelease, boolean flagged,
            @Nullable Instant targetRelease, @Nullable Instant spoilerEnds) {}

    /** A transition to schedule: when, and what. */
    record Due(String market, Instant at, TransitionKind change) {}

    static MarketTimeline timeline(Inputs in, Instant now) {
        boolean notReleased = (in.showsEpisode() && in.ownRelease() == null)
                || (in.flagged() && in.targetRelease() == null);
        Instant release = null;
        if (!notReleased) {
            release = latest(in.showsEpisode() ? in.ownRelease() : null, in.flagged() ? in.targetRelease() : null);
        }
        Instant hiddenUntil = !notReleased && in.flagged() && in.targetRelease() != null ? in.spoilerEnds() : null;
        SpoilerState state;
        if (notReleased || (release != null && now.isBefore(release))) {
            state = SpoilerState.EMBARGOED;
        } else if (hiddenUntil != null && now.isBefore(hiddenUntil)) {
            state = SpoilerState.SPOILER_HIDDEN;
        } else {
            state = SpoilerState.CLEAR;
        }
        return new MarketTimeline(in.market(), state, notReleased, release, hiddenUntil);
    }

    /** What content keeps for the market now; null when nothing holds the item back any more. */
    static @Nullable MarketHold hold(MarketTimeline t, Instant now) {
        if (t.notReleased()) {
            return MarketHold.notReleased();
        }
        Instant embargoedUntil = t.releasedAt() != null && now.isBefore(t.releasedAt()) ? t.releasedAt() : null;
        Instant hiddenUntil = t.spoilerHiddenUntil() != null && now.isBefore(t.spoilerHiddenUntil())
                ? t.spoilerHiddenUntil() : null;
        if (embargoedUntil == null && hiddenUntil == null) {
            return null;
        }
        return MarketHold.until(embargoedUntil, hiddenUntil);
    }

    /** The coming transitions in the market, in time order. A market without a date has none until it gets one. */
    static List<Due> coming(MarketTimeline t, Instant now) {
        List<Due> due = new ArrayList<>();
        if (t.notReleased()) {
            return due;
        }
        Instant release = t.releasedAt();
        if (release != null && now.isBefore(release)) {
            due.add(new Due(t.market(), release, TransitionKind.EMBARGO_LIFTED));
        }
        Instant hiddenUntil = t.spoilerHiddenUntil();
        if (hiddenUntil != null && now.isBefore(hiddenUntil) && (release == null || hiddenUntil.isAfter(release))) {
            due.add(new Due(t.market(), hiddenUntil, TransitionKind.SPOILER_WINDOW_CLEARED));
        }
        return due;
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
