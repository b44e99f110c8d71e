package com.clipdesk.staff.internal;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives every HTTP session the idle timeout {@code server.servlet.session.timeout} names, to the second:
 * Spring Boot hands Tomcat whole minutes (at least one), which would turn "90s" into a minute.
 * With {@code vaadin.closeIdleSessions=true} Vaadin's heartbeat does not count as activity, so an
 * open but unused tab is closed too (see README, "Sessions").
 */
@Component
class SessionIdleTimeout implements HttpSessionListener {

    private final int seconds;

    SessionIdleTimeout(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }
}
