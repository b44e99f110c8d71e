package com.clipdesk.takedown.ui;

import com.clipdesk.takedown.LegalOrderStatus;
import com.clipdesk.takedown.LegalOrderView;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/** Time left to a legal order's deadline: "42 min left", "Overdue by 1 h 05 min" in red; closed orders say how it ended. */
class Countdown extends Span {

    static final String OVERDUE_CLASS = "cd-countdown--overdue";

    private final LegalOrderView order;

    Countdown(LegalOrderView order, Instant now) {
        this.order = order;
        addClassName("cd-countdown");
        update(now);
    }

    void update(Instant now) {
        removeClassNames(OVERDUE_CLASS, "cd-countdown--soon");
        if (order.status() != LegalOrderStatus.OPEN) {
            setText(order.status().label() + (order.closedLate() ? " late" : " in time"));
            if (order.closedLate()) {
                addClassName(OVERDUE_CLASS);
            }
            return;
        }
        Duration left = order.timeLeft(now);
        if (left.isNegative()) {
            setText("Overdue by " + text(left.negated()));
            addClassName(OVERDUE_CLASS);
        } else {
            setText(text(left) + " left");
            if (left.compareTo(Duration.ofMinutes(15)) < 0) {
                addClassName("cd-countdown--soon");
            }
        }
    }

    static String text(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        long seconds = d.toSecondsPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + String.format("%02d", minutes) + " min";
        }
        return minutes + " min " + String.format("%02d", seconds) + " s";
    }
}
