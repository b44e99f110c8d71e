package com.clipdesk.catalog;

/** A market as screens show and edit it. */
public record MarketView(String code, String name, String locale, String timeZone, long version) {

    static MarketView of(Market m) {
        return new MarketView(m.getCode(), m.getName(), m.getLocale(), m.getTimeZone(), m.getVersion());
    }

    /** "BR · Brazil" */
    public String label() {
        return code + " · " + name;
    }
}
