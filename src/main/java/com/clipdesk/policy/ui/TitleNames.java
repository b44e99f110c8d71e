package com.clipdesk.policy.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/** Title names for blackouts, looked up once per page (blackouts name a handful of titles). */
final class TitleNames implements LongFunction<String> {

    private final CatalogService catalog;
    private final Map<Long, String> names = new HashMap<>();

    TitleNames(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String apply(long id) {
        return names.computeIfAbsent(id, key -> {
            try {
                return catalog.releasesOfTitle(key).title().name();
            } catch (NotFoundException e) {
                return "Title #" + key + " (not in the catalog)";
            }
        });
    }
}
