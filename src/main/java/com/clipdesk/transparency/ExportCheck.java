package com.clipdesk.transparency;

import java.util.List;

/**
 * The outcome of checking statements before an export: how many there are, and the problems found
 * (the first {@link Statements#PROBLEMS_SHOWN}; {@code problemCount} counts them all).
 */
public record ExportCheck(long statements, long nonEu, List<StatementViolation> problems, long problemCount) {

    public boolean passed() {
        return problemCount == 0;
    }

    /** One paragraph a person can act on. */
    public String summary() {
        if (passed()) {
            return statements + (statements == 1 ? " statement passes" : " statements pass")
                    + " the Transparency Database's checks.";
        }
        return problemCount + (problemCount == 1 ? " problem" : " problems") + " in " + statements
                + " statements: the Transparency Database would refuse them, so nothing was exported. First: "
                + problems.getFirst() + ".";
    }
}
