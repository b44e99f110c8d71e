package com.clipdesk.search;

import com.clipdesk.report.ReportReason;
import com.clipdesk.search.SearchQuery.Clause;
import com.clipdesk.search.SearchQuery.DateRange;
import com.clipdesk.search.SearchQuery.Field;
import com.clipdesk.search.SearchQuery.Keyword;
import com.clipdesk.search.SearchQuery.NumberRange;
import com.clipdesk.search.SearchQuery.Text;
import com.clipdesk.search.SearchQuery.TextMatch;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The search box language: words (all must match), "exact phrases", -exclusions, prefix*, fuzzy~ and
 * field filters such as {@code market:BR} or {@code reports:>3}. Pure: no Spring, no index.
 */
final class QueryParser {

    static final int MAX_LENGTH = 500;
    static final int MAX_TERMS = 32;
    static final int MIN_PREFIX = 3;

    private static final String KNOWN_FIELDS = Arrays.stream(Field.values()).map(f -> f.typed)
            .collect(Collectors.joining(", "));

    private static final String REASONS = Arrays.stream(ReportReason.values())
            .map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private final String query;
    private int pos;

    private QueryParser(String query) {
        this.query = query;
    }

    static SearchQuery parse(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return new SearchQuery(List.of());
        }
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("The query is too long: at most " + MAX_LENGTH + " characters, this one has "
                    + query.length(), MAX_LENGTH);
        }
        return new QueryParser(query).clauses();
    }

    private SearchQuery clauses() {
        List<Clause> clauses = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= query.length()) {
                return new SearchQuery(clauses);
            }
            int start = pos;
            Clause clause = clause();
            if (clauses.size() == MAX_TERMS) {
                throw new QuerySyntaxException("Too many terms: at most " + MAX_TERMS
                        + "; narrow the search with field filters instead", start);
            }
            clauses.add(clause);
        }
    }

    private Clause clause() {
        int start = pos;
        boolean excluded = false;
        if (query.charAt(pos) == '-') {
            excluded = true;
            pos++;
            if (pos >= query.length() || Character.isWhitespace(query.charAt(pos))) {
                throw new QuerySyntaxException("Nothing to exclude after \"-\": write it right before a word, "
                        + "a \"phrase\" or a field, e.g. -spoiler", start);
            }
        }
        if (query.charAt(pos) == '"') {
            return new Text(quoted(), TextMatch.PHRASE, excluded, start);
        }
        int tokenStart = pos;
        String token = bareToken();
        int colon = token.indexOf(':');
        if (colon > 0 && token.substring(0, colon).chars().allMatch(Character::isLetter)) {
            return filter(token.substring(0, colon), token.substring(colon + 1), tokenStart, tokenStart + colon + 1,
                    excluded, start);
        }
        return word(token, tokenStart, excluded, start);
    }

    /** Reads up to white space or a quote (a quote right after "field:" is the field's value). */
    private String bareToken() {
        int start = pos;
        while (pos < query.length() && !Character.isWhitespace(query.charAt(pos)) && query.charAt(pos) != '"') {
            pos++;
        }
        return query.substring(start, pos);
    }

    /** Reads a "quoted text" starting at the quote; returns its content. */
    private String quoted() {
        int open = pos;
        int close = query.indexOf('"', open + 1);
        if (close < 0) {
            throw new QuerySyntaxException("This quote is not closed: add a \" at the end of the phrase", open);
        }
        pos = close + 1;
        String text = query.substring(open + 1, close).strip();
        if (text.isEmpty()) {
            throw new QuerySyntaxException("Empty quotes: put the exact phrase between them", open);
        }
        return text;
    }

    private Text word(String token, int at, boolean excluded, int start) {
        if (pos < query.length() && query.charAt(pos) == '"') {
            throw new QuerySyntaxException("Put a space before the quote that starts a phrase", pos);
        }
        int star = token.indexOf('*');
        if (star == 0) {
            throw new QuerySyntaxException("A word cannot start with *: searching for endings would scan the whole "
                    + "index. Type at least " + MIN_PREFIX + " letters before the *", at);
        }
        if (star > 0) {
            if (star != token.length() - 1) {
                throw new QuerySyntaxException("* is only allowed at the end of a word, e.g. spoil*", at + star);
            }
            String prefix = token.substring(0, star);
            if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX) {
                throw new QuerySyntaxException("Type at least " + MIN_PREFIX + " letters before the *", at);
            }
            return new Text(prefix, TextMatch.PREFIX, excluded, start);
        }
        int tilde = token.indexOf('~');
        if (tilde == 0) {
            throw new QuerySyntaxException("~ goes right after a word, e.g. marigold~", at);
        }
        if (tilde > 0) {
            if (tilde != token.length() - 1) {
                throw new QuerySyntaxException("~ is only allowed at the end of a word, e.g. marigold~", at + tilde);
            }
            return new Text(token.substring(0, tilde), TextMatch.FUZZY, excluded, start);
        }
        return new Text(token, TextMatch.WORD, excluded, start);
    }

    private Clause filter(String name, String rawValue, int at, int valueAt, boolean excluded, int start) {
        Field field = Arrays.stream(Field.values()).filter(f -> f.typed.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new QuerySyntaxException(
                        "Unknown field \"" + name + "\": use one of " + KNOWN_FIELDS, at));
        String value = rawValue;
        if (value.isEmpty() && pos < query.length() && query.charAt(pos) == '"') {
            value = quoted();
        }
        if (value.isEmpty()) {
            throw new QuerySyntaxException(field.typed + ": needs a value, e.g. " + example(field), valueAt);
        }
        return switch (field) {
            case MARKET -> new Keyword(field, code(value, valueAt, field).toUpperCase(Locale.ROOT), excluded, start);
            case LANG -> new Keyword(field, language(code(value, valueAt, field)), excluded, start);
            case CREATOR -> new Keyword(field, value.toLowerCase(Locale.ROOT), excluded, start);
            case TITLE -> new Keyword(field, value, excluded, start);
            case KIND -> new Keyword(field, kind(value, valueAt), excluded, start);
            case STATE -> new Keyword(field, state(value, valueAt), excluded, start);
            case REASON -> new Keyword(field, reason(value, valueAt), excluded, start);
            case SPOILER -> new Keyword(field, spoiler(value, valueAt), excluded, start);
            case TAKEDOWN -> new Keyword(field, yesNo(field, value, valueAt), excluded, start);
            case REPORTS, SHARES -> number(field, value, valueAt, excluded, start);
            case CREATED -> dates(value, valueAt, excluded, start);
        };
    }

    private static String code(String value, int at, Field field) {
        if (!value.matches("[A-Za-z0-9-]{1,16}")) {
            throw new QuerySyntaxException("\"" + value + "\" is not a " + field.typed + " code, e.g. "
                    + example(field), at);
        }
        return value;
    }

    /** "pt" or "pt-BR" as stored: language lower case, region upper case. */
    private static String language(String value) {
        String[] parts = value.split("-", 2);
        String lang = parts[0].toLowerCase(Locale.ROOT);
        return parts.length == 1 ? lang : lang + "-" + parts[1].toUpperCase(Locale.ROOT);
    }

    private static String kind(String value, int at) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "moment", "moments" -> "moment";
            case "submission", "submissions" -> "submission";
            case "message", "messages" -> "message";
            case "recommendation", "recommendations" -> "recommendation";
            case "report", "reports" -> "report";
            default -> throw new QuerySyntaxException("kind: is moment, submission, message, recommendation or "
                    + "report, not \"" + value + "\"", at);
        };
    }

    private static String state(String value, int at) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "active" -> "ACTIVE";
            case "pending" -> "PENDING_REVIEW";
            case "removed" -> "REMOVED";
            case "open" -> "OPEN";
            case "closed" -> "CLOSED";
            default -> throw new QuerySyntaxException(
                    "state: is active, pending or removed (reports: open or closed), not \"" + value + "\"", at);
        };
    }

    /** A ReportReason name, in any case; "child-safety" is read as CHILD_SAFETY. */
    private static String reason(String value, int at) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ReportReason.values()).map(Enum::name).filter(name::equals).findFirst()
                .orElseThrow(() -> new QuerySyntaxException("reason: is one of " + REASONS + ", not \"" + value
                        + "\"", at));
    }

    /** "true" or "false", as the spoiler field holds it. */
    private static String spoiler(String value, int at) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> "true";
            case "no", "false" -> "false";
            default -> throw new QuerySyntaxException("spoiler: is yes or no, not \"" + value + "\"", at);
        };
    }

    /** takedown:yes|no → "true" or "false". */
    private static String yesNo(Field field, String value, int at) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> "true";
            case "no", "false" -> "false";
            default -> throw new QuerySyntaxException(field.typed + ": is yes or no, not \"" + value + "\"", at);
        };
    }

    private static NumberRange number(Field field, String value, int at, boolean excluded, int start) {
        String op = value.startsWith(">=") || value.startsWith("<=") ? value.substring(0, 2)
                : value.startsWith(">") || value.startsWith("<") || value.startsWith("=") ? value.substring(0, 1) : "";
        String digits = value.substring(op.length());
        long n;
        try {
            if (!digits.matches("[0-9]{1,9}")) {
                throw new NumberFormatException();
            }
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException("\"" + digits + "\" is not a whole number: write e.g. " + example(field),
                    at + op.length());
        }
        return switch (op) {
            case ">" -> new NumberRange(field, n + 1, Long.MAX_VALUE, excluded, start);
            case ">=" -> new NumberRange(field, n, Long.MAX_VALUE, excluded, start);
            case "<" -> new NumberRange(field, Long.MIN_VALUE, n - 1, excluded, start);
            case "<=" -> new NumberRange(field, Long.MIN_VALUE, n, excluded, start);
            default -> new NumberRange(field, n, n, excluded, start);
        };
    }

    private static DateRange dates(String value, int at, boolean excluded, int start) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            LocalDate day = date(value, at);
            return new DateRange(day, day, excluded, start);
        }
        String fromText = value.substring(0, dots);
        String toText = value.substring(dots + 2);
        if (fromText.isEmpty() && toText.isEmpty()) {
            throw new QuerySyntaxException("created: needs at least one date, e.g. created:2026-01-01..", at);
        }
        LocalDate from = fromText.isEmpty() ? null : date(fromText, at);
        LocalDate to = toText.isEmpty() ? null : date(toText, at + dots + 2);
        if (from != null && to != null && from.isAfter(to)) {
            throw new QuerySyntaxException("created: the first date comes after the second", at);
        }
        return new DateRange(from, to, excluded, start);
    }

    private static LocalDate date(String text, int at) {
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("shape", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new QuerySyntaxException("\"" + text + "\" is not a date: write YYYY-MM-DD, e.g. 2026-01-31", at);
        }
    }

    private static String example(Field field) {
        return switch (field) {
            case MARKET -> "market:BR";
            case KIND -> "kind:moment";
            case STATE -> "state:pending";
            case LANG -> "lang:pt";
            case TITLE -> "title:\"Operation Marigold\"";
            case REPORTS -> "reports:>3";
            case SHARES -> "shares:>100";
            case CREATED -> "created:2026-01-01..2026-02-01";
            case CREATOR -> "creator:m-1a2b3c";
            case REASON -> "reason:spam";
            case SPOILER -> "spoiler:yes";
            case TAKEDOWN -> "takedown:yes";
        };
    }

    private void skipSpaces() {
        while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
            pos++;
        }
    }
}
