package uk.betteroff.report.pdf;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too long (a file path). */
public final class Wrap {
    private Wrap() {}

    public static List<String> lines(PdfDocument.Font font, double size, String text, double width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) continue;
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) out.add(line.toString());
                line.setLength(0);
                String rest = word;
                while (font.width(rest, size) > width) {
                    int cut = fitting(font, size, rest, width);
                    out.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** How many characters of {@code s} fit (at least one, so a line always moves on). */
    private static int fitting(PdfDocument.Font font, double size, String s, double width) {
        int n = 1;
        while (n < s.length() && font.width(s.substring(0, n + 1), size) <= width) n++;
        if (Character.isHighSurrogate(s.charAt(n - 1)) && n < s.length()) n++;
        return n;
    }

    /** At most {@code max} lines, the last ending in "…" if text was cut. */
    public static List<String> atMost(PdfDocument.Font font, double size, String text, double width, int max) {
        List<String> all = lines(font, size, text, width);
        if (all.size() <= max) return all;
        List<String> out = new ArrayList<>(all.subList(0, max));
        String last = out.get(max - 1);
        while (!last.isEmpty() && font.width(last + "…", size) > width) last = last.substring(0, last.length() - 1);
        out.set(max - 1, last + "…");
        return out;
    }
}
