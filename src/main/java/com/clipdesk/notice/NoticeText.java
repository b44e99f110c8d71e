package com.clipdesk.notice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The template syntax: plain text with {@code {{name}}} placeholders, nothing else (no expressions,
 * no loops, no escapes), so a template can only ever print the facts it names. Values are inserted
 * as plain text; the UI shows notices as text, never as HTML.
 */
final class NoticeText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Set<String> KNOWN = Placeholder.ALL.stream().map(Placeholder::name)
            .collect(Collectors.toUnmodifiableSet());

    private NoticeText() {}

    /** What is wrong with a template's text, by field ("subject", "body"); empty when it can be saved. */
    static List<InvalidTemplateException.Problem> problems(NoticeKind kind, String subject, String body) {
        List<InvalidTemplateException.Problem> problems = new ArrayList<>();
        check("subject", subject, NoticeTemplate.SUBJECT_MAX, "Enter a subject.", problems);
        check("body", body, NoticeTemplate.BODY_MAX, "Enter the text of the notice.", problems);
        if (problems.stream().noneMatch(p -> p.field().equals("body"))) {
            Set<String> used = used(body);
            Set<String> missing = new TreeSet<>(kind.requiredPlaceholders());
            missing.removeAll(used);
            if (!missing.isEmpty()) {
                problems.add(new InvalidTemplateException.Problem("body", "A " + kind.label().toLowerCase()
                        + " notice must say where, on what ground and how to appeal: add "
                        + missing.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining(", ")) + "."));
            }
        }
        return problems;
    }

    private static void check(String field, String text, int max, String blank,
            List<InvalidTemplateException.Problem> problems) {
        if (text.isBlank()) {
            problems.add(new InvalidTemplateException.Problem(field, blank));
            return;
        }
        if (text.length() > max) {
            problems.add(new InvalidTemplateException.Problem(field,
                    "At most " + max + " characters; this has " + text.length() + "."));
            return;
        }
        Set<String> unknown = new LinkedHashSet<>(used(text));
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            problems.add(new InvalidTemplateException.Problem(field, (unknown.size() == 1 ? "Unknown placeholder "
                    : "Unknown placeholders ") + unknown.stream().map(n -> "{{" + n + "}}")
                            .collect(Collectors.joining(", "))
                    + ". Use only " + Placeholder.ALL.stream().map(Placeholder::token)
                            .collect(Collectors.joining(", ")) + "."));
            return;
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            problems.add(new InvalidTemplateException.Problem(field,
                    "A placeholder is not closed: write it as {{name}}, with two braces on each side."));
        }
    }

    private static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text with every placeholder replaced by its value; an unknown one is an error. */
    static String render(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for placeholder {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
