package com.clipdesk.review;

/** Where a case stands (Ozone's review states): waiting for a moderator, with a lead, or decided. */
public enum CaseStatus {
    OPEN("Open"),
    ESCALATED("Escalated"),
    SECOND_OPINION("Second opinion"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lane an undecided case of this status waits in. */
    public Lane lane() {
        return switch (this) {
            case OPEN -> Lane.MODERATION;
            case ESCALATED -> Lane.ESCALATION;
            case SECOND_OPINION -> Lane.SECOND_OPINION;
            case CLOSED -> throw new IllegalStateException("A closed case waits in no lane");
        };
    }
}
