package com.clipdesk.transparency;

import com.clipdesk.review.StatementCategoryList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gives the review module's reason-code editor the Transparency Database's category list. */
@Component
class DsaStatementCategories implements StatementCategoryList {

    private static final List<Choice> CHOICES = Arrays.stream(StatementCategory.values())
            .map(c -> new Choice(c.value(), c.label())).toList();

    @Override
    public List<Choice> categories() {
        return CHOICES;
    }
}
