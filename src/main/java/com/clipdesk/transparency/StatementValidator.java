package com.clipdesk.transparency;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a statement as the Transparency Database's API does before it accepts it (its documented
 * rules: required fields, closed lists, character limits, date formats and bounds, the puid's
 * characters), so an export never carries a statement the database would refuse. A statement
 * marked non-EU may have an empty territorial scope: it is exported only on request, apart from
 * the submission.
 */
public final class StatementValidator {

    private static final Pattern PUID = Pattern.compile("[a-zA-Z0-9_-]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final LocalDate EARLIEST_CONTENT_DATE = LocalDate.of(2000, 1, 1);
    private static final LocalDate EARLIEST_APPLICATION_DATE = LocalDate.of(2020, 1, 1);
    /** ISO 639-1 two-letter codes, upper case as the API wants them. */
    private static final Set<String> LANGUAGES = Set.of(java.util.Arrays.stream(Locale.getISOLanguages())
            .map(l -> l.toUpperCase(Locale.ROOT)).toArray(String[]::new));

    private StatementValidator() {}

    /** Every problem with the statement; empty when the database would accept it. */
    public static List<StatementViolation> check(Map<String, ?> statement, boolean eu) {
        var problems = new Problems(statement.get(StatementField.PUID.key()) instanceof String p && !p.isBlank()
                ? p : "(no puid)");
        for (String key : statement.keySet()) {
            if (StatementField.byKey(key).isEmpty()) {
                problems.add(key, "is not an attribute of the Transparency Database's statements");
            }
        }
        for (StatementField field : StatementField.values()) {
            Object value = statement.get(field.key());
            if (value != null) {
                checkShape(field, value, problems);
            }
        }
        requireOne(statement, problems);
        for (StatementField required : List.of(StatementField.DECISION_GROUND, StatementField.CATEGORY,
                StatementField.CONTENT_TYPE, StatementField.CONTENT_DATE, StatementField.APPLICATION_DATE,
                StatementField.DECISION_FACTS, StatementField.SOURCE_TYPE, StatementField.AUTOMATED_DETECTION,
                StatementField.AUTOMATED_DECISION, StatementField.PUID)) {
            if (isEmpty(statement.get(required.key()))) {
                problems.add(required.key(), "is required");
            }
        }
        Object scope = statement.get(StatementField.TERRITORIAL_SCOPE.key());
        if (scope == null) {
            problems.add(StatementField.TERRITORIAL_SCOPE.key(), "is required");
        } else if (eu && isEmpty(scope)) {
            problems.add(StatementField.TERRITORIAL_SCOPE.key(), "names no EU/EEA country; a statement for the EU "
                    + "needs at least one");
        }
        requireWhen(statement, StatementField.DECISION_GROUND, "DECISION_GROUND_ILLEGAL_CONTENT", problems,
                StatementField.ILLEGAL_CONTENT_LEGAL_GROUND, StatementField.ILLEGAL_CONTENT_EXPLANATION);
        requireWhen(statement, StatementField.DECISION_GROUND, "DECISION_GROUND_INCOMPATIBLE_CONTENT", problems,
                StatementField.INCOMPATIBLE_CONTENT_GROUND, StatementField.INCOMPATIBLE_CONTENT_EXPLANATION);
        requireWhen(statement, StatementField.DECISION_VISIBILITY, "DECISION_VISIBILITY_OTHER", problems,
                StatementField.DECISION_VISIBILITY_OTHER);
        requireWhen(statement, StatementField.DECISION_MONETARY, "DECISION_MONETARY_OTHER", problems,
                StatementField.DECISION_MONETARY_OTHER);
        requireWhen(statement, StatementField.CONTENT_TYPE, "CONTENT_TYPE_OTHER", problems,
                StatementField.CONTENT_TYPE_OTHER);
        checkDates(statement, problems);
        return problems.list;
    }

    private static void checkShape(StatementField field, Object value, Problems problems) {
        if (field.isArray()) {
            if (!(value instanceof Collection<?> values)) {
                problems.add(field.key(), "must be an array");
                return;
            }
            Set<Object> seen = new HashSet<>();
            for (Object element : values) {
                if (!(element instanceof String text)) {
                    problems.add(field.key(), "holds " + element + ", which is not a text value");
                } else {
                    checkValue(field, text, problems);
                }
                if (!seen.add(element)) {
                    problems.add(field.key(), "lists " + element + " twice");
                }
            }
            return;
        }
        if (!(value instanceof String text)) {
            problems.add(field.key(), "must be a text value, not " + value);
            return;
        }
        checkValue(field, text, problems);
    }

    private static void checkValue(StatementField field, String value, Problems problems) {
        List<String> allowed = field.allowedValues();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            problems.add(field.key(), value + " is not an allowed value (allowed: " + String.join(", ", allowed) + ")");
        }
        if (field.maxLength() > 0 && value.length() > field.maxLength()) {
            problems.add(field.key(), "is " + value.length() + " characters; the database takes at most "
                    + field.maxLength());
        }
        switch (field) {
            case TERRITORIAL_SCOPE -> {
                if (!EuropeanCountries.includes(value)) {
                    problems.add(field.key(), value + " is not an EU/EEA country code");
                }
            }
            case CONTENT_LANGUAGE -> {
                if (!LANGUAGES.contains(value)) {
                    problems.add(field.key(), value + " is not an upper-case ISO 639-1 language code");
                }
            }
            case PUID -> {
                if (!PUID.matcher(value).matches()) {
                    problems.add(field.key(), "may hold only a-z, A-Z, 0-9, - and _");
                }
            }
            case DECISION_GROUND_REFERENCE_URL -> {
                try {
                    URI uri = new URI(value);
                    if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                        problems.add(field.key(), value + " is not an http(s) URL");
                    }
                } catch (URISyntaxException e) {
                    problems.add(field.key(), value + " is not a URL");
                }
            }
            default -> { }
        }
    }

    private static void requireOne(Map<String, ?> statement, Problems problems) {
        if (isEmpty(statement.get(StatementField.DECISION_VISIBILITY.key()))
                && isEmpty(statement.get(StatementField.DECISION_MONETARY.key()))
                && isEmpty(statement.get(StatementField.DECISION_PROVISION.key()))
                && isEmpty(statement.get(StatementField.DECISION_ACCOUNT.key()))) {
            problems.add(StatementField.DECISION_VISIBILITY.key(), "is required when none of decision_monetary, "
                    + "decision_provision and decision_account is given");
        }
    }

    private static void requireWhen(Map<String, ?> statement, StatementField field, String value, Problems problems,
            StatementField... required) {
        Object actual = statement.get(field.key());
        boolean chosen = actual instanceof Collection<?> c ? c.contains(value) : value.equals(actual);
        if (chosen) {
            for (StatementField r : required) {
                if (isEmpty(statement.get(r.key()))) {
                    problems.add(r.key(), "is required when " + field.key() + " is " + value);
                }
            }
        }
    }

    private static void checkDates(Map<String, ?> statement, Problems problems) {
        LocalDate content = date(statement, StatementField.CONTENT_DATE, problems);
        if (content != null && content.isBefore(EARLIEST_CONTENT_DATE)) {
            problems.add(StatementField.CONTENT_DATE.key(), content + " is before 2000-01-01");
        }
        LocalDate application = date(statement, StatementField.APPLICATION_DATE, problems);
        if (application != null && application.isBefore(EARLIEST_APPLICATION_DATE)) {
            problems.add(StatementField.APPLICATION_DATE.key(), application + " is before 2020-01-01");
        }
        for (StatementField end : List.of(StatementField.END_DATE_VISIBILITY_RESTRICTION,
                StatementField.END_DATE_MONETARY_RESTRICTION, StatementField.END_DATE_SERVICE_RESTRICTION,
                StatementField.END_DATE_ACCOUNT_RESTRICTION)) {
            LocalDate date = date(statement, end, problems);
            if (date != null && application != null && date.isBefore(application)) {
                problems.add(end.key(), date + " is before the application date " + application);
            }
        }
    }

    private static @Nullable LocalDate date(Map<String, ?> statement, StatementField field, Problems problems) {
        if (!(statement.get(field.key()) instanceof String text) || text.isEmpty()) {
            return null;
        }
        if (!DATE.matcher(text).matches()) {
            problems.add(field.key(), text + " is not a date of the form YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field.key(), text + " is not a calendar date");
            return null;
        }
    }

    private static boolean isEmpty(@Nullable Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }

    private static final class Problems {
        private final String puid;
        private final List<StatementViolation> list = new ArrayList<>();

        Problems(String puid) {
            this.puid = puid;
        }

        void add(String field, String message) {
            list.add(new StatementViolation(puid, field, message));
        }
    }
}
