package com.clipdesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in every test context (the app's component scan finds it in the test
 * classes, like TestData, so no context is created for it; shared's ClockConfiguration backs off).
 * Follows the system time until a test {@link #set sets} or {@link #advance advances} it; such a test
 * must {@link #reset()} it afterwards (contexts are shared between test classes).
 */
@Component
@Primary
public class TestClock extends Clock {

    private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock is UTC, as the application's");
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at == null ? Instant.now() : at;
    }

    /** Stops the clock at {@code at}. */
    public void set(Instant at) {
        fixed.set(at);
    }

    /** Moves the clock on from where it is (stopping it there). */
    public void advance(Duration by) {
        fixed.set(instant().plus(by));
    }

    /** Back to the system time. */
    public void reset() {
        fixed.set(null);
    }
}
