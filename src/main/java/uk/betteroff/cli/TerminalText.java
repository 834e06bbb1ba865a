package uk.betteroff.cli;

/**
 * Text for a terminal: a case file's name or a scenario's is the user's own text, and printed raw its escape codes
 * (ESC [ …) could retitle or recolour the terminal or hide what was printed. Every control character but the line
 * break (and tab) is shown escaped as {@code \\u001B}, as are the invisible format characters (the direction overrides
 * U+202E, the marks U+200E/U+200F/U+061C) that could make a line read other than it is: the same characters a
 * refusal's quoted value escapes ({@link uk.betteroff.yaml.Decimals#isHidden}).
 */
final class TerminalText {
    private TerminalText() {}

    static String safe(String text) {
        if (text == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = c != '\n' && c != '\t' && uk.betteroff.yaml.Decimals.isHidden(c);
            if (escape && b == null) b = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (b == null) continue;
            if (escape) b.append(String.format("\\u%04X", (int) c));
            else b.append(c);
        }
        return b == null ? text : b.toString();
    }
}
