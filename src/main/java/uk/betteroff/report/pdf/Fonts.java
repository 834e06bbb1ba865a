package uk.betteroff.report.pdf;

/**
 * The fonts shipped inside the application for the print-outs (DejaVu Sans, licence in
 * {@code fonts/LICENSE-DejaVu.txt}): they cover £, − and Welsh ŵ ŷ, and are embedded in each PDF so it
 * prints the same on any PC.
 */
public final class Fonts {
    private Fonts() {}

    private static final class Loaded {
        static final TrueTypeFont REGULAR = TrueTypeFont.resource("/uk/betteroff/report/fonts/DejaVuSans.ttf");
        static final TrueTypeFont BOLD = TrueTypeFont.resource("/uk/betteroff/report/fonts/DejaVuSans-Bold.ttf");
    }

    public static TrueTypeFont regular() { return Loaded.REGULAR; }

    public static TrueTypeFont bold() { return Loaded.BOLD; }
}
