package uk.betteroff.report;

/**
 * Cells of a comma-separated file as RFC 4180 has them: a cell holding a comma, a double quote, or a
 * line break is put in double quotes, with its quotes doubled; every other cell is written as it is.
 * <p>
 * Text cells (an id, an error) come from the user's own file and go to an adviser's spreadsheet, which runs a cell
 * starting {@code = + - @}, a tab or a carriage return as a formula ({@code =HYPERLINK(…)}, {@code =cmd|' /C calc'!A0}).
 * So, as OWASP's "CSV Injection" advises, such a text cell is written with a leading apostrophe, which makes it
 * text. The figures are not text cells: they are appended as plain numbers ({@code -12.34}), which a spreadsheet
 * reads as the number, not a formula, and must stay numbers. For the same reason a text cell that is a plain negative
 * number ({@code -42}, {@code -12.34}) is left as it is: a spreadsheet reads it as that number and runs nothing.
 */
public final class Csv {
    private Csv() {}

    /** Appends one text cell (no separator), neutralised if a spreadsheet would take it for a formula. */
    public static StringBuilder cell(StringBuilder line, String text) {
        if (text == null || text.isEmpty()) return line;
        if (wouldBeFormula(text)) text = "'" + text;
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

    /**
     * Whether a spreadsheet would take a text cell for a formula: it starts (after any spaces) with {@code = + - @},
     * their full-width forms, a tab or a carriage return — unless it is a plain negative number.
     */
    static boolean wouldBeFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i == text.length()) return false;
        char first = text.charAt(i);
        return switch (first) {
            case '=', '+', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            case '-' -> !plainNumber(text, i + 1);
            default -> false;
        };
    }

    /** Digits, with at most one point between digits, to the end: the rest of "-12.34". */
    private static boolean plainNumber(String text, int from) {
        boolean digit = false, point = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if (c == '.' && digit && !point && i + 1 < text.length()) { point = true; digit = false; }
            else return false;
        }
        return digit;
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
