package com.clipdesk.review;

/**
 * The ground a reason code gives a statement of reasons (DSA Art. 17(3)(d) and (e)): the item is
 * incompatible with our terms (the clause is the code's policy reference), or it is illegal (the
 * law is the code's legal ground).
 */
public enum StatementGround {
    TERMS("Incompatible with our terms"),
    ILLEGAL("Illegal content");

    private final String label;

    StatementGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
