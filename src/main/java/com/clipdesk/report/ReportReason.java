package com.clipdesk.report;

/** Why a member reported something. Severity orders queues: the lower, the sooner a human looks. */
public enum ReportReason {
    CHILD_SAFETY("Child safety", 1),
    VIOLENT_THREAT("Violent threat", 1),
    SELF_HARM("Self-harm", 2),
    HATE("Hate", 2),
    HARASSMENT("Harassment", 3),
    SEXUAL_CONTENT("Sexual content", 3),
    MISINFORMATION("Misinformation", 4),
    COPYRIGHT("Copyright", 4),
    SPOILER("Spoiler", 5),
    SPAM("Spam", 5),
    OTHER("Other", 6);

    private final String label;
    private final int severity;

    ReportReason(String label, int severity) {
        this.label = label;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    /** 1 (most urgent) to 6. */
    public int severity() {
        return severity;
    }
}
