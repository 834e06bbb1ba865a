package uk.betteroff.report;

/**
 * Cells of a comma-separated file as RFC 4180 has them: a cell holding a comma, a double quote, or a
 * line break is put in double quotes, with its quotes doubled; every other cell is written as it is.
 */
public final class Csv {
    private Csv() {}

    /** Appends one cell (no separator). */
    public static StringBuilder cell(StringBuilder line, String text) {
        if (text == null || text.isEmpty()) return line;
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char ch = text.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) return line.append(text);
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') line.append('"');
            line.append(ch);
        }
        return line.append('"');
    }

    /** One whole line, cells separated by commas, ending in a line feed. */
    public static String line(Iterable<String> cells) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (String c : cells) {
            if (!first) b.append(',');
            cell(b, c);
            first = false;
        }
        return b.append('\n').toString();
    }
}
