package uk.betteroff.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The font reader checked against an independent one (Apache FontBox): the same glyph for every
 * character the print-outs use, the same widths, and a subset that keeps those glyphs' outlines whole.
 */
class TrueTypeFontTest {
    private static final String FONT = "/uk/betteroff/report/fonts/DejaVuSans.ttf";

    private static byte[] bytes() throws IOException {
        try (InputStream in = TrueTypeFont.class.getResourceAsStream(FONT)) {
            return in.readAllBytes();
        }
    }

    /** Every character in the print-outs' words, plus money signs and Welsh letters. */
    private static String sample() throws IOException {
        try (InputStream in = TrueTypeFont.class.getResourceAsStream("/uk/betteroff/report/report.properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "£€−–—…•·×÷ŵŷâêîôûŴŶéè’“”";
        }
    }

    @Test
    void glyphsAndWidthsAgreeWithFontBox() throws IOException {
        TrueTypeFont ours = TrueTypeFont.resource(FONT);
        var theirs = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        var cmap = theirs.getUnicodeCmapLookup();
        int checked = 0;
        for (int cp : sample().codePoints().distinct().toArray()) {
            if (cp < 0x20) continue;
            assertEquals(cmap.getGlyphId(cp), ours.glyph(cp), "glyph for U+" + Integer.toHexString(cp));
            int g = ours.glyph(cp);
            assertTrue(g != 0, "DejaVu Sans has U+" + Integer.toHexString(cp));
            assertEquals(theirs.getAdvanceWidth(g) * 1000.0 / theirs.getUnitsPerEm(), ours.width(g), 1e-9, "width of U+" + Integer.toHexString(cp));
            checked++;
        }
        assertTrue(checked > 60, "checked " + checked + " characters");
        assertEquals("DejaVuSans", ours.postScriptName());
    }

    @Test
    void aSubsetKeepsTheGlyphsUsedWholeAndEmptiesTheRest() throws IOException {
        TrueTypeFont ours = TrueTypeFont.resource(FONT);
        String used = "Better off by £89.01 a week — Tŷ é ŵ";
        BitSet glyphs = new BitSet();
        used.codePoints().forEach(cp -> glyphs.set(ours.glyph(cp)));
        var original = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        byte[] subset = ours.subset(glyphs);
        var sub = new TTFParser(true).parse(new RandomAccessReadBuffer(subset));
        assertEquals(original.getNumberOfGlyphs(), sub.getNumberOfGlyphs(), "glyph ids stay the same");
        assertTrue(subset.length < bytes().length / 5, "the subset is small: " + subset.length + " bytes");
        for (int g = glyphs.nextSetBit(0); g >= 0; g = glyphs.nextSetBit(g + 1)) {
            GlyphData a = original.getGlyph().getGlyph(g), b = sub.getGlyph().getGlyph(g);
            assertEquals(a.getDescription().getPointCount(), b.getDescription().getPointCount(), "outline of glyph " + g + " (components included)");
            assertEquals(original.getAdvanceWidth(g), sub.getAdvanceWidth(g));
        }
        int unused = ours.glyph('Z');
        assertEquals(0, sub.getGlyph().getGlyph(unused).getDescription().getPointCount(), "an unused glyph is emptied");
    }
}
