package com.clipdesk.review;

import com.clipdesk.staff.Role;
import java.util.Set;

/** Who works a queue: moderators the cases, leads the escalations and second-opinion requests. */
public enum Lane {
    MODERATION("Moderation", Set.of(Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN)),
    ESCALATION("Escalations", Set.of(Role.LEAD_MODERATOR, Role.ADMIN)),
    SECOND_OPINION("Second opinions", Set.of(Role.LEAD_MODERATOR, Role.ADMIN));

    private final String label;
    private final Set<Role> workers;

    Lane(String label, Set<Role> workers) {
        this.label = label;
        this.workers = workers;
    }

    public String label() {
        return label;
    }

    public Set<Role> workers() {
        return workers;
    }

    /** The status of the cases that wait in this lane (the inverse of {@link CaseStatus#lane()}). */
    public CaseStatus waitingStatus() {
        return switch (this) {
            case MODERATION -> CaseStatus.OPEN;
            case ESCALATION -> CaseStatus.ESCALATED;
            case SECOND_OPINION -> CaseStatus.SECOND_OPINION;
        };
    }
}
