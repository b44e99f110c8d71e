package com.clipdesk.transparency;

import java.util.Set;
import java.util.TreeSet;

/**
 * The codes territorial_scope accepts: the EU member states and the other EEA states (Iceland,
 * Liechtenstein, Norway), as the Transparency Database lists them (Greece is GR, not EL).
 */
public final class EuropeanCountries {

    public static final Set<String> EUROPEAN_UNION = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
            "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    /** EU and EEA: every code territorial_scope allows. */
    public static final Set<String> EUROPEAN_ECONOMIC_AREA;

    static {
        var all = new TreeSet<>(EUROPEAN_UNION);
        all.addAll(Set.of("IS", "LI", "NO"));
        EUROPEAN_ECONOMIC_AREA = Set.copyOf(all);
    }

    private EuropeanCountries() {}

    public static boolean includes(String countryCode) {
        return EUROPEAN_ECONOMIC_AREA.contains(countryCode);
    }
}
