package uk.betteroff.report.pdf;

import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts shipped inside the application for the print-outs (DejaVu Sans, licence in
 * {@code fonts/LICENSE-DejaVu.txt}): they cover £, − and Welsh ŵ ŷ, and are embedded in each PDF so it
 * prints the same on any PC.
 */
public final class Fonts {
    private Fonts() {}

    /** A TrueType font file among the application's resources. */
    public record Face(String resource) {
        InputStream open() throws IOException {
            InputStream in = Fonts.class.getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("font missing from the application: " + resource);
            return in;
        }
    }

    private static final Face REGULAR = new Face("/uk/betteroff/report/fonts/DejaVuSans.ttf");
    private static final Face BOLD = new Face("/uk/betteroff/report/fonts/DejaVuSans-Bold.ttf");

    public static Face regular() { return REGULAR; }

    public static Face bold() { return BOLD; }
}
