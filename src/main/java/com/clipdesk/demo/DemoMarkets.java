package com.clipdesk.demo;

import java.util.List;

/** The markets of the demo data and the languages their members write in. */
final class DemoMarkets {

    record Market(String code, String name, String locale, String timeZone, int memberWeight) {

        String language() {
            return locale.substring(0, 2);
        }
    }

    static final List<Market> ALL = List.of(
            new Market("US", "United States", "en-US", "America/New_York", 24),
            new Market("GB", "United Kingdom", "en-GB", "Europe/London", 8),
            new Market("BR", "Brazil", "pt-BR", "America/Sao_Paulo", 12),
            new Market("MX", "Mexico", "es-MX", "America/Mexico_City", 9),
            new Market("ES", "Spain", "es-ES", "Europe/Madrid", 7),
            new Market("FR", "France", "fr-FR", "Europe/Paris", 7),
            new Market("DE", "Germany", "de-DE", "Europe/Berlin", 7),
            new Market("JP", "Japan", "ja-JP", "Asia/Tokyo", 9),
            new Market("KR", "South Korea", "ko-KR", "Asia/Seoul", 7),
            new Market("IN", "India", "en-IN", "Asia/Kolkata", 10));

    /** Languages texts are written in (ISO 639-1), the value of the {@code language} columns. */
    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "de", "ja", "ko");

    static final int COUNT = ALL.size();


    private DemoMarkets() {}

    static Market get(int index) {
        return ALL.get(index);
    }

    static int languageIndexOf(int market) {
        return LANGUAGES.indexOf(ALL.get(market).language());
    }

    static int[] memberWeights() {
        return ALL.stream().mapToInt(Market::memberWeight).toArray();
    }
}
