package com.clipdesk.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Pages a grid in two steps: first the ids of one page (a narrow query the database answers from
 * the created-at index, stopping after the page), then those rows with their associations. One
 * query with fetch joins made the database sort every matching row first.
 */
final class PageOfIds {

    private PageOfIds() {}

    static <T> Slice<T> find(EntityManager em, Class<T> type, Specification<T> spec, Pageable page,
            Function<List<Long>, List<T>> loadByIds, Function<T, Long> idOf) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        query.select(root.get("id"));
        var where = spec.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : page.getSort()) {
            orders.add(order.isAscending() ? cb.asc(root.get(order.getProperty())) : cb.desc(root.get(order.getProperty())));
        }
        if (page.getSort().getOrderFor("id") == null) {
            // ties (e.g. equal share counts) keep one order, so rows neither repeat nor vanish between pages
            orders.add(cb.desc(root.get("id")));
        }
        query.orderBy(orders);
        List<Long> ids = em.createQuery(query).setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize() + 1).getResultList();
        boolean hasNext = ids.size() > page.getPageSize();
        if (hasNext) {
            ids = ids.subList(0, page.getPageSize());
        }
        Map<Long, T> byId = new HashMap<>();
        for (T item : loadByIds.apply(ids)) {
            byId.put(idOf.apply(item), item);
        }
        List<T> ordered = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new SliceImpl<>(ordered, page, hasNext);
    }
}
