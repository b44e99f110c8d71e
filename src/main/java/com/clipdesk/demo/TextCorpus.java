package com.clipdesk.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences per language and section, read from {@code demo/corpus/<language>.txt}: a
 * {@code [section]} line starts a section, each further non-blank line not starting with # is one
 * entry. Entries may hold {@code {title}}, {@code {episode}} and {@code {time}} placeholders.
 * A section missing in a language falls back to English.
 */
final class TextCorpus {

    private final Map<String, Map<String, List<String>>> byLanguage = new HashMap<>();

    static TextCorpus load() {
        TextCorpus corpus = new TextCorpus();
        for (String language : DemoMarkets.LANGUAGES) {
            corpus.byLanguage.put(language, read("demo/corpus/" + language + ".txt"));
        }
        return corpus;
    }

    String pick(Dice dice, String language, String section) {
        List<String> entries = byLanguage.getOrDefault(language, Map.of()).get(section);
        if (entries == null || entries.isEmpty()) {
            entries = byLanguage.get("en").get(section);
        }
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("Demo corpus has no section [" + section + "]");
        }
        return dice.pick(entries);
    }

    boolean has(String language, String section) {
        return byLanguage.getOrDefault(language, Map.of()).containsKey(section);
    }

    private static Map<String, List<String>> read(String resource) {
        InputStream in = TextCorpus.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing demo corpus " + resource);
        }
        Map<String, List<String>> sections = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }
}
