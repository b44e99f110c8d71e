package com.clipdesk.demo;

import java.util.Map;
import java.util.Optional;

/** Invented title and episode names (none is a real show). */
final class TitleNames {

    private static final String[] TITLES = {
        "The Salt Cartographers", "Neon Orchard", "Harbor of Quiet Lanterns", "Midnight at Vellmoor",
        "Paper Comets", "The Ninth Lighthouse", "Glasswater Academy", "Ashes of Morrow Bay", "Ember & Thyme",
        "The Quiet Heist of Ilha Verde", "Starfall Couriers", "Velvet Precinct", "Cloudline Express",
        "The Orchid Ledger", "Ironbloom", "Whispering Tidewater", "Sunday at the Observatory",
        "The Last Ferry to Kell", "Copper Skies", "Lanterns Over Hanok Street", "Moonlit Pharmacy",
        "Rooftop Radio Seoul", "Kitsune Night Market", "Hoshizora Relay", "Shrine of the Clockwork Fox",
        "Gearheart Academy", "El Último Faro del Sur", "Las Hermanas Colibrí", "Café Mistral",
        "Le Jardin des Horloges", "Die Uhrmacherin von Lindau", "Nordlicht Protokoll", "A Maré dos Esquecidos",
        "Saints of Rua Aurora", "Deep Reef: Life Below", "Wild Highlands Unseen", "Kingdoms of Moss",
        "Rivers of Frost", "Planet of Small Things", "The Long Table", "Breakpoint Season", "Thunder Lane Derby",
        "Fifteen Minutes to Orbit", "Haunt of Hollow Pines", "The Ferryman's Daughter", "Starlight Boulevard",
        "Parallel Mondays", "The Honeycomb Conspiracy", "Operation Marigold", "Lost Signals from Europa",
        "Tidebreakers", "Crimson Atlas", "Letters to Station Nine", "The Gardener of Mars", "Quiet Fire",
        "Dust & Halo", "Monsoon Hearts", "Cricket Nights in Pune", "The Brass Orchestra", "Snowglobe Detectives"
    };

    /** Names that only fit a title from a certain language; the others may be from anywhere. */
    private static final Map<String, String> LANGUAGE_HINTS = Map.ofEntries(
            Map.entry("El Último Faro del Sur", "es"), Map.entry("Las Hermanas Colibrí", "es"),
            Map.entry("Café Mistral", "fr"), Map.entry("Le Jardin des Horloges", "fr"),
            Map.entry("Die Uhrmacherin von Lindau", "de"), Map.entry("Nordlicht Protokoll", "de"),
            Map.entry("A Maré dos Esquecidos", "pt"), Map.entry("Saints of Rua Aurora", "pt"),
            Map.entry("Lanterns Over Hanok Street", "ko"), Map.entry("Moonlit Pharmacy", "ko"),
            Map.entry("Rooftop Radio Seoul", "ko"), Map.entry("Kitsune Night Market", "ja"),
            Map.entry("Hoshizora Relay", "ja"), Map.entry("Shrine of the Clockwork Fox", "ja"),
            Map.entry("Gearheart Academy", "ja"), Map.entry("Monsoon Hearts", "en"),
            Map.entry("Cricket Nights in Pune", "en"));

    private static final String[] SEQUELS = {"", ": Origins", ": Reborn", " Returns", ": The Next Chapter"};

    private static final String[] EPISODES = {
        "The Long Night", "Low Tide", "Signal Fire", "Glass Houses", "Homecoming", "The Offer",
        "Smoke and Mirrors", "Point of No Return", "Night Shift", "The Reckoning", "First Light", "Fault Lines",
        "Borrowed Time", "Open Water", "The Last Dance", "Cold Open", "Static", "Loose Ends", "Paper Trails",
        "Second Chances", "Undertow", "Crossroads", "The Visitor", "Echoes", "Blackout", "Safe Harbor",
        "Fever Dream", "The Wedding", "Checkmate", "Old Friends", "The Storm", "Small Hours", "Ghost Light",
        "Family Dinner", "The Bridge", "Countdown", "Masks", "The Letter", "Endgame", "Sunrise"
    };

    private TitleNames() {}

    /** The n-th title name (0-based), in a seed-specific order given by {@code order}. */
    static String title(int n, int[] order) {
        int base = order[n % TITLES.length];
        int round = n / TITLES.length;
        String sequel = round < SEQUELS.length ? SEQUELS[round] : " " + (round + 1);
        return TITLES[base] + sequel;
    }

    /** The original language the n-th name implies, if any. */
    static Optional<String> languageHint(int n, int[] order) {
        return Optional.ofNullable(LANGUAGE_HINTS.get(TITLES[order[n % TITLES.length]]));
    }

    static int titleCount() {
        return TITLES.length;
    }

    static String episode(Dice dice) {
        return dice.pick(EPISODES);
    }
}
