package com.clipdesk.review.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.review.Lane;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.review.QueueSelection;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A queue selection in a URL ({@code ?lane=MODERATION&market=BR&kind=MOMENT&category=ABUSE}), so
 * the queue view and the case page hand it to each other and survive reloads and back/forward.
 * Unknown values are ignored.
 */
final class QueueParams {

    private QueueParams() {}

    static QueryParameters toQuery(QueueSelection selection) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("lane", List.of(selection.lane().name()));
        if (selection.market() != null) {
            params.put("market", List.of(selection.market()));
        }
        if (selection.kind() != null) {
            params.put("kind", List.of(selection.kind().name()));
        }
        if (selection.category() != null) {
            params.put("category", List.of(selection.category().name()));
        }
        return new QueryParameters(params);
    }

    static QueueSelection fromQuery(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        Lane lane = parse(Lane.class, first(p, "lane"));
        String market = first(p, "market");
        return new QueueSelection(lane == null ? Lane.MODERATION : lane,
                market == null || market.isBlank() ? null : market.trim().toUpperCase(java.util.Locale.ROOT),
                parse(ContentKind.class, first(p, "kind")), parse(QueueCategory.class, first(p, "category")));
    }

    private static @Nullable String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
