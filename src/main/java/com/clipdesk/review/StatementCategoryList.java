package com.clipdesk.review;

import java.util.List;

/**
 * The statement-of-reasons categories a reason code may name. Review keeps the chosen value; the
 * transparency module, which knows the DSA Transparency Database's list, supplies this bean (so
 * review needs no dependency on it).
 */
public interface StatementCategoryList {

    /** Every allowed category, in the order pickers show them. */
    List<Choice> categories();

    default boolean contains(String code) {
        return categories().stream().anyMatch(c -> c.code().equals(code));
    }

    /** A category's value as the database spells it ({@code STATEMENT_CATEGORY_VIOLENCE}) and its label. */
    record Choice(String code, String label) {}
}
