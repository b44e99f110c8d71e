package com.clipdesk.ingest;

import com.clipdesk.ingest.LineResult.FieldError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed reads of one line's fields that collect every fault with its field name instead of stopping
 * at the first: the product fixes a line in one go. String lengths are the columns' lengths; control
 * characters (NUL…) are refused everywhere, line breaks and tabs are allowed in free text only.
 */
final class Fields {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");
    private static final Pattern MARKET = Pattern.compile("[A-Z]{2}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final int MAX_LIST = 100;

    private final ObjectNode node;
    private final String prefix;
    private final Set<String> knownMarkets;
    final List<FieldError> errors;

    Fields(ObjectNode node, Set<String> knownMarkets) {
        this(node, "", knownMarkets, new ArrayList<>());
    }

    private Fields(ObjectNode node, String prefix, Set<String> knownMarkets, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.knownMarkets = knownMarkets;
        this.errors = errors;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void error(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** A nested object's fields (errors named {@code field.inner}); null and an error when it is not an object. */
    @Nullable Fields object(String field, Set<String> allowed) {
        JsonNode value = node.get(field);
        if (!(value instanceof ObjectNode object)) {
            error(field, "Expected an object.");
            return null;
        }
        Fields inner = new Fields(object, prefix + field + ".", knownMarkets, errors);
        object.properties().forEach(e -> {
            if (!allowed.contains(e.getKey())) {
                inner.error(clip(e.getKey()), "Unknown field: remove it.");
            }
        });
        return inner;
    }

    /** Text of 1 to {@code max} characters (after stripping); null and an error when missing or wrong. */
    @Nullable String text(String field, int max, boolean required, boolean multiline) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(field, "Missing: text of 1 to " + max + " characters.");
            }
            return null;
        }
        if (!value.isString()) {
            error(field, "Expected text, got " + kindOf(value) + ".");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty()) {
            if (required) {
                error(field, "Empty: text of 1 to " + max + " characters.");
            }
            return null;
        }
        if (text.length() > max) {
            error(field, "Too long: " + text.length() + " characters, at most " + max + ".");
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t' || c == '\r'))) {
                error(field, "Contains a control character (U+" + String.format(Locale.ROOT, "%04X", (int) c)
                        + ") at " + i + ".");
                return null;
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                error(field, "Contains a lone surrogate at " + i + ": not valid Unicode text.");
                return null;
            }
        }
        return text;
    }

    @Nullable String matching(String field, int max, Pattern pattern, String what) {
        String text = text(field, max, true, false);
        if (text != null && !pattern.matcher(text).matches()) {
            error(field, "Not " + what + ".");
            return null;
        }
        return text;
    }

    @Nullable String handle(String field, int max) {
        return matching(field, max, HANDLE, "a handle: letters, digits, '_', '.', '-'");
    }

    @Nullable String token(String field, int max) {
        return matching(field, max, TOKEN, "a token: letters, digits, '_', '-'");
    }

    @Nullable String language(String field) {
        return matching(field, 16, LANGUAGE, "a language tag such as en, pt-BR or zh-Hant");
    }

    /** A market code Clipdesk's catalog knows. */
    @Nullable String market(String field) {
        String code = matching(field, 8, MARKET, "a market code: two capital letters such as FR");
        if (code != null && !knownMarkets.contains(code)) {
            error(field, "Unknown market " + code + ": the catalog's market codes are shared with the product.");
            return null;
        }
        return code;
    }

    /** One or more known market codes. */
    @Nullable Set<String> markets(String field) {
        List<JsonNode> items = list(field, true);
        if (items == null) {
            return null;
        }
        Set<String> markets = new LinkedHashSet<>();
        boolean good = true;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String code = item.isString() ? item.stringValue() : null;
            if (code == null || !MARKET.matcher(code).matches()) {
                error(field + "[" + i + "]", "Not a market code: two capital letters such as FR.");
                good = false;
            } else if (!knownMarkets.contains(code)) {
                error(field + "[" + i + "]", "Unknown market " + code + ".");
                good = false;
            } else {
                markets.add(code);
            }
        }
        return good ? markets : null;
    }

    /** Short texts (tags); an absent list is empty. */
    @Nullable Set<String> texts(String field, int max) {
        if (!has(field)) {
            return Set.of();
        }
        List<JsonNode> items = list(field, false);
        if (items == null) {
            return null;
        }
        Set<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isString() || item.stringValue().isBlank() || item.stringValue().strip().length() > max
                    || item.stringValue().chars().anyMatch(Character::isISOControl)) {
                error(field + "[" + i + "]", "Not a tag: text of 1 to " + max + " characters.");
                return null;
            }
            texts.add(item.stringValue().strip());
        }
        return texts;
    }

    private @Nullable List<JsonNode> list(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(field, "Missing: a list.");
            }
            return null;
        }
        if (!value.isArray()) {
            error(field, "Expected a list, got " + kindOf(value) + ".");
            return null;
        }
        if (required && value.isEmpty()) {
            error(field, "Empty: at least one.");
            return null;
        }
        if (value.size() > MAX_LIST) {
            error(field, "Too many: at most " + MAX_LIST + ".");
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** A whole number within bounds. */
    @Nullable Long number(String field, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            error(field, "Missing: a whole number.");
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            error(field, "Expected a whole number from " + min + " to " + max + ", got " + kindOf(value) + ".");
            return null;
        }
        long n = value.longValue();
        if (n < min || n > max) {
            error(field, "Out of range: from " + min + " to " + max + ".");
            return null;
        }
        return n;
    }

    /** An ISO-8601 instant ({@code 2026-11-30T12:00:00Z}); {@code fallback} when absent. */
    @Nullable Instant instant(String field, @Nullable Instant fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                error(field, "Missing: an instant such as 2026-11-30T12:00:00Z.");
            }
            return fallback;
        }
        if (!value.isString()) {
            error(field, "Expected an instant such as 2026-11-30T12:00:00Z, got " + kindOf(value) + ".");
            return null;
        }
        try {
            Instant at = Instant.parse(value.stringValue());
            if (at.isBefore(Instant.parse("2000-01-01T00:00:00Z")) || at.isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
                error(field, "Out of range: between 2000 and 2100.");
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            error(field, "Not an instant: ISO-8601 in UTC such as 2026-11-30T12:00:00Z.");
            return null;
        }
    }

    /** One of the enum's constants by its lower-case wire name ({@code copy_link}). */
    <E extends Enum<E>> @Nullable E oneOf(String field, Class<E> type) {
        String text = text(field, 40, true, false);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        error(field, "Not one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + ".");
        return null;
    }

    /** The product's id of another item this one names. */
    @Nullable String reference(String field) {
        JsonNode value = node.get(field);
        String id = value != null && value.isString() ? value.stringValue() : null;
        String problem = externalIdProblem(id, value != null && !value.isNull());
        if (problem != null) {
            error(field, problem);
            return null;
        }
        return id;
    }

    static @Nullable String externalIdProblem(@Nullable String id, boolean present) {
        if (id == null) {
            return present ? "Expected an external id: text of 1 to " + IngestLimits.EXTERNAL_ID_MAX + " characters."
                    : "Missing: the product's id of the item.";
        }
        if (id.isBlank() || id.length() > IngestLimits.EXTERNAL_ID_MAX) {
            return "An external id has 1 to " + IngestLimits.EXTERNAL_ID_MAX + " characters.";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)) {
                return "An external id has no spaces, control characters or surrogates.";
            }
        }
        return null;
    }

    static String clip(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        StringBuilder safe = new StringBuilder();
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF)) {
                safe.append('?');
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }

    private static String kindOf(JsonNode value) {
        if (value.isString()) {
            return "text";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }
}
