package com.clipdesk.takedown;

/** Why content is taken down, as the DSA's statement of reasons distinguishes it (Art. 17(3)(d), (e)). */
public enum Ground {
    /** Illegal content under a named law, e.g. "StGB § 130 (DE)". */
    ILLEGAL("Illegal content", "Law", "e.g. StGB § 130 (DE), Loi n° 2004-575 art. 6 (FR)"),
    /** Incompatible with our terms of service, naming the clause, e.g. "ToS 4.2 Harassment". */
    TERMS("Incompatible with our terms", "Terms clause", "e.g. ToS 4.2 Harassment");

    private final String label;
    private final String referenceLabel;
    private final String referenceHint;

    Ground(String label, String referenceLabel, String referenceHint) {
        this.label = label;
        this.referenceLabel = referenceLabel;
        this.referenceHint = referenceHint;
    }

    public String label() {
        return label;
    }

    /** What the reference names: "Law" or "Terms clause". */
    public String referenceLabel() {
        return referenceLabel;
    }

    public String referenceHint() {
        return referenceHint;
    }
}
