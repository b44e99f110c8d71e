package com.clipdesk.review;

import com.clipdesk.report.ReportReason;

/**
 * The reason category a queue collects, from the most severe reason of a case. Pre-moderation is
 * its own category: new fandom submissions in markets that hold them for review.
 */
public enum QueueCategory {
    SAFETY("Safety"),
    ABUSE("Hate and harassment"),
    SEXUAL("Sexual content"),
    INTEGRITY("Spam and misinformation"),
    RIGHTS("Copyright"),
    SPOILER("Spoilers"),
    OTHER("Other"),
    PRE_MODERATION("Pre-moderation");

    private final String label;

    QueueCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static QueueCategory of(ReportReason reason) {
        return switch (reason) {
            case CHILD_SAFETY, VIOLENT_THREAT, SELF_HARM -> SAFETY;
            case HATE, HARASSMENT -> ABUSE;
            case SEXUAL_CONTENT -> SEXUAL;
            case MISINFORMATION, SPAM -> INTEGRITY;
            case COPYRIGHT -> RIGHTS;
            case SPOILER -> SPOILER;
            case OTHER -> OTHER;
        };
    }
}
