package com.clipdesk.content;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.type.NumericBooleanConverter;
import org.jspecify.annotations.Nullable;

/**
 * What holds an item back in one market because of release dates (issue 7, docs/spoilers.md): an
 * embargo until the release there (or with no end when the market has no date), then a spoiler
 * window. The spoiler module computes it; content answers "hidden in XX at this instant?" from it
 * without knowing that module, evaluated against the clock at the time of the question.
 */
@Embeddable
public class MarketHold implements java.io.Serializable {

    /** What a hold does to members in the market at an instant. */
    public enum State {
        /** Before the release there: not shown, not shareable. */
        EMBARGOED,
        /** After the release, inside the spoiler window of a flagged item: hidden behind a warning. */
        SPOILER_HIDDEN
    }

    @Convert(converter = NumericBooleanConverter.class)
    @Column(name = "not_released", nullable = false)
    private boolean notReleased;

    @Column(name = "embargoed_until")
    private @Nullable Instant embargoedUntil;

    @Column(name = "spoiler_hidden_until")
    private @Nullable Instant spoilerHiddenUntil;

    protected MarketHold() {}

    private MarketHold(boolean notReleased, @Nullable Instant embargoedUntil, @Nullable Instant spoilerHiddenUntil) {
        this.notReleased = notReleased;
        this.embargoedUntil = embargoedUntil;
        this.spoilerHiddenUntil = spoilerHiddenUntil;
    }

    /** Embargoed with no end: the market has no release date for what the item shows or spoils. */
    /** Replaces an item's holds with {@code next}; false, and nothing touched, when they were already these. */
    static boolean replace(java.util.Map<String, MarketHold> holds, java.util.Map<String, MarketHold> next) {
        if (holds.equals(next)) {
            return false;
        }
        holds.clear();
        holds.putAll(next);
        return true;
    }

    public static MarketHold notReleased() {
        return new MarketHold(true, null, null);
    }

    /** Embargoed until {@code releasedAt}, then spoiler-hidden until {@code spoilerHiddenUntil} (null: not flagged). */
    public static MarketHold until(@Nullable Instant embargoedUntil, @Nullable Instant spoilerHiddenUntil) {
        return new MarketHold(false, embargoedUntil, spoilerHiddenUntil);
    }

    /** The state at {@code now}; null when the item is clear in the market then. */
    public @Nullable State stateAt(Instant now) {
        if (notReleased || (embargoedUntil != null && now.isBefore(embargoedUntil))) {
            return State.EMBARGOED;
        }
        if (spoilerHiddenUntil != null && now.isBefore(spoilerHiddenUntil)) {
            return State.SPOILER_HIDDEN;
        }
        return null;
    }

    /** When the state at {@code now} ends; null when it has no known end or the item is clear. */
    public @Nullable Instant endOfStateAt(Instant now) {
        State state = stateAt(now);
        if (state == State.EMBARGOED) {
            return notReleased ? null : embargoedUntil;
        }
        return state == State.SPOILER_HIDDEN ? spoilerHiddenUntil : null;
    }

    public boolean isNotReleased() {
        return notReleased;
    }

    public @Nullable Instant getEmbargoedUntil() {
        return embargoedUntil;
    }

    public @Nullable Instant getSpoilerHiddenUntil() {
        return spoilerHiddenUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarketHold h && notReleased == h.notReleased
                && Objects.equals(embargoedUntil, h.embargoedUntil)
                && Objects.equals(spoilerHiddenUntil, h.spoilerHiddenUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(notReleased, embargoedUntil, spoilerHiddenUntil);
    }

    @Override
    public String toString() {
        return notReleased ? "not released" : "embargoed until " + embargoedUntil + ", hidden until " + spoilerHiddenUntil;
    }
}
