package com.clipdesk.transparency;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV: a cell is quoted when it holds a comma, a quote or a line break; arrays as JSON arrays.
 * The CSV is for people with spreadsheets (the JSON is what the Transparency Database takes), so a cell
 * a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return: free
 * text such as an explanation can) gets a leading apostrophe, OWASP's guard against CSV injection.
 */
final class Csv {

    private Csv() {}

    static String line(List<String> cells) {
        return cells.stream().map(Csv::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    /** The text of a statement attribute: empty when absent, a JSON array for an array. */
    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return StatementJson.write(values);
        }
        return String.valueOf(value);
    }

    private static String quoted(String raw) {
        String cell = inert(raw);
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
