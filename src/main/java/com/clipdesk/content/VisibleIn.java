package com.clipdesk.content;

import com.clipdesk.shared.CreatedAt;
import com.clipdesk.staff.MarketScope;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Query rules shared by every content entity that has a {@code markets} collection: the market
 * scope (an item is in scope when one of its markets is) and the grid filters.
 */
final class VisibleIn {

    private VisibleIn() {}

    static <T> Specification<T> scopeAndFilter(Class<T> type, MarketScope scope, ContentFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!scope.allMarkets()) {
                where.add(anyMarketOf(type, root, query, cb, scope.markets()));
            }
            if (filter.market() != null) {
                where.add(anyMarketOf(type, root, query, cb, List.of(filter.market())));
            }
            if (filter.state() != null) {
                where.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.language() != null) {
                where.add(cb.equal(root.get("language"), filter.language()));
            }
            CreatedAt.within(where, root, cb, filter.from(), filter.to());
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** exists (select 1 from T t join t.markets m where t = root and m in codes): no duplicate rows. */
    private static <T> Predicate anyMarketOf(Class<T> type, Root<T> root,
            jakarta.persistence.criteria.CommonAbstractCriteria query, CriteriaBuilder cb, Collection<String> codes) {
        if (codes.isEmpty()) {
            return cb.disjunction();
        }
        Subquery<Integer> sub = query.subquery(Integer.class);
        Root<T> correlated = sub.correlate(root);
        Join<T, String> market = correlated.join("markets");
        sub.select(cb.literal(1)).where(market.in(codes));
        return cb.exists(sub);
    }
}
