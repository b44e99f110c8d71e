package com.clipdesk.staff;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The markets a staff member works in: either every market, or a listed set of market codes.
 * An item is in scope when at least one of the markets where it is visible is in scope
 * (docs/market-scope.md).
 */
public record MarketScope(boolean allMarkets, Set<String> markets) {

    /** The claim value that stands for every market. */
    public static final String ALL = "*";

    public MarketScope {
        markets = Set.copyOf(new TreeSet<>(markets));
    }

    public static MarketScope all() {
        return new MarketScope(true, Set.of());
    }

    public static MarketScope of(Collection<String> codes) {
        if (codes.contains(ALL)) {
            return all();
        }
        return new MarketScope(false, Set.copyOf(codes));
    }

    public static MarketScope of(String... codes) {
        return of(Set.of(codes));
    }

    public boolean includes(String marketCode) {
        return allMarkets || markets.contains(marketCode);
    }

    /** True when any of the given markets is in scope. */
    public boolean includesAny(Collection<String> marketCodes) {
        return allMarkets || marketCodes.stream().anyMatch(markets::contains);
    }

    public boolean isEmpty() {
        return !allMarkets && markets.isEmpty();
    }

    @Override
    public String toString() {
        return allMarkets ? "All markets" : String.join(", ", new TreeSet<>(markets));
    }
}
