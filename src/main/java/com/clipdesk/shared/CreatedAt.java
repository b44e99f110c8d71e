package com.clipdesk.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The {@code createdAt} rules every list of items shares: date filters and newest first. */
public final class CreatedAt {

    private CreatedAt() {}

    /** Adds "created on or after {@code from}, up to the end of {@code to}": whole UTC days, either open. */
    public static void within(List<Predicate> where, Root<?> root, CriteriaBuilder cb, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), startOf(from)));
        }
        if (to != null) {
            where.add(cb.lessThan(root.get("createdAt"), startOf(to.plusDays(1))));
        }
    }

    /** Lists without a chosen order show the newest first. */
    public static Pageable newestFirst(Pageable page) {
        if (page.getSort().isSorted() || page.isUnpaged()) {
            return page;
        }
        return PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
