package uk.betteroff.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a TrueType font a PDF needs: character to glyph (the Unicode {@code cmap}), glyph widths
 * ({@code hmtx}) for laying out text, the metrics for the font descriptor, and a subset of the font
 * holding only the glyphs a document used (the other glyphs are emptied, keeping their numbers, so glyph
 * ids stay valid). Tables are read as the OpenType specification lays them out.
 */
public final class TrueTypeFont {
    private final byte[] data;
    private final Map<String, int[]> tables = new LinkedHashMap<>();   // tag -> {offset, length}
    private final Map<Integer, Integer> cmap = new HashMap<>();
    private final int unitsPerEm;
    private final short[] bbox = new short[4];
    private final int ascent;
    private final int descent;
    private final int capHeight;
    private final int numGlyphs;
    private final int[] advance;
    private final boolean longLoca;
    private final String postScriptName;

    private TrueTypeFont(byte[] data) {
        this.data = data;
        ByteBuffer b = ByteBuffer.wrap(data);
        int n = b.getShort(4) & 0xffff;
        for (int i = 0; i < n; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(data, rec, 4, java.nio.charset.StandardCharsets.US_ASCII);
            tables.put(tag, new int[] {b.getInt(rec + 8), b.getInt(rec + 12)});
        }
        int head = table("head");
        unitsPerEm = b.getShort(head + 18) & 0xffff;
        for (int i = 0; i < 4; i++) bbox[i] = b.getShort(head + 36 + 2 * i);
        longLoca = b.getShort(head + 50) != 0;
        int hhea = table("hhea");
        ascent = b.getShort(hhea + 4);
        descent = b.getShort(hhea + 6);
        int hMetrics = b.getShort(hhea + 34) & 0xffff;
        numGlyphs = b.getShort(table("maxp") + 4) & 0xffff;
        int os2 = tables.containsKey("OS/2") ? table("OS/2") : -1;
        capHeight = os2 >= 0 && (b.getShort(os2) & 0xffff) >= 2 ? b.getShort(os2 + 88) : ascent;
        advance = new int[numGlyphs];
        int hmtx = table("hmtx");
        for (int g = 0; g < numGlyphs; g++)
            advance[g] = b.getShort(hmtx + 4 * Math.min(g, hMetrics - 1)) & 0xffff;
        readCmap(b);
        postScriptName = readPostScriptName(b);
    }

    /** Loads a font shipped as a resource beside this class's package (e.g. "/uk/betteroff/report/fonts/DejaVuSans.ttf"). */
    public static TrueTypeFont resource(String path) {
        try (InputStream in = TrueTypeFont.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("font missing from the application: " + path);
            return new TrueTypeFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int table(String tag) {
        int[] t = tables.get(tag);
        if (t == null) throw new IllegalStateException("not a usable TrueType font: no " + tag + " table");
        return t[0];
    }

    /** The Unicode BMP subtable (platform 3 encoding 1, format 4), and the full-repertoire one (3, 10, format 12) where present. */
    private void readCmap(ByteBuffer b) {
        int cm = table("cmap");
        int count = b.getShort(cm + 2) & 0xffff;
        for (int i = 0; i < count; i++) {
            int platform = b.getShort(cm + 4 + 8 * i) & 0xffff;
            int encoding = b.getShort(cm + 6 + 8 * i) & 0xffff;
            int sub = cm + b.getInt(cm + 8 + 8 * i);
            int format = b.getShort(sub) & 0xffff;
            if (platform == 3 && encoding == 1 && format == 4) readFormat4(b, sub);
            if (platform == 3 && encoding == 10 && format == 12) readFormat12(b, sub);
        }
        if (cmap.isEmpty()) throw new IllegalStateException("not a usable TrueType font: no Unicode cmap");
    }

    private void readFormat4(ByteBuffer b, int sub) {
        int segs = (b.getShort(sub + 6) & 0xffff) / 2;
        int ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
        for (int s = 0; s < segs; s++) {
            int end = b.getShort(ends + 2 * s) & 0xffff, start = b.getShort(starts + 2 * s) & 0xffff;
            int delta = b.getShort(deltas + 2 * s), rangeOffset = b.getShort(ranges + 2 * s) & 0xffff;
            for (int c = start; c <= end && c != 0xffff; c++) {
                int g;
                if (rangeOffset == 0) g = (c + delta) & 0xffff;
                else {
                    int at = ranges + 2 * s + rangeOffset + 2 * (c - start);
                    g = b.getShort(at) & 0xffff;
                    if (g != 0) g = (g + delta) & 0xffff;
                }
                if (g != 0) cmap.putIfAbsent(c, g);
            }
        }
    }

    private void readFormat12(ByteBuffer b, int sub) {
        int groups = b.getInt(sub + 12);
        for (int i = 0; i < groups; i++) {
            int rec = sub + 16 + 12 * i;
            int start = b.getInt(rec), end = b.getInt(rec + 4), glyph = b.getInt(rec + 8);
            for (int c = start; c <= end; c++) cmap.putIfAbsent(c, glyph + (c - start));
        }
    }

    private String readPostScriptName(ByteBuffer b) {
        if (!tables.containsKey("name")) return "Embedded";
        int nm = table("name");
        int count = b.getShort(nm + 2) & 0xffff, strings = nm + (b.getShort(nm + 4) & 0xffff);
        for (int i = 0; i < count; i++) {
            int rec = nm + 6 + 12 * i;
            int platform = b.getShort(rec) & 0xffff, nameId = b.getShort(rec + 6) & 0xffff;
            int len = b.getShort(rec + 8) & 0xffff, off = b.getShort(rec + 10) & 0xffff;
            if (nameId == 6 && platform == 3)
                return new String(data, strings + off, len, java.nio.charset.StandardCharsets.UTF_16BE).replaceAll("[^A-Za-z0-9-]", "");
            if (nameId == 6 && platform == 1)
                return new String(data, strings + off, len, java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("[^A-Za-z0-9-]", "");
        }
        return "Embedded";
    }

    /** The glyph for a character, or 0 (the font's "missing" glyph) when it has none. */
    public int glyph(int codePoint) { return cmap.getOrDefault(codePoint, 0); }

    public boolean has(int codePoint) { return cmap.containsKey(codePoint); }

    /** Advance width of a glyph in thousandths of the font size (PDF text space). */
    public double width(int glyph) { return advance[glyph] * 1000.0 / unitsPerEm; }

    /** Width of text set at {@code size} points. */
    public double width(String text, double size) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += width(glyph(cp));
            i += Character.charCount(cp);
        }
        return w * size / 1000.0;
    }

    public String postScriptName() { return postScriptName; }

    int ascent() { return scaled(ascent); }

    int descent() { return scaled(descent); }

    int capHeight() { return scaled(capHeight); }

    int[] bbox() { return new int[] {scaled(bbox[0]), scaled(bbox[1]), scaled(bbox[2]), scaled(bbox[3])}; }

    private int scaled(int units) { return Math.round(units * 1000f / unitsPerEm); }

    /**
     * The font with every glyph not in {@code used} (nor needed by a used composite glyph) emptied, and
     * only the tables a PDF viewer needs to draw TrueType outlines.
     */
    byte[] subset(BitSet used) {
        BitSet keep = (BitSet) used.clone();
        keep.set(0);
        ByteBuffer b = ByteBuffer.wrap(data);
        int loca = table("loca"), glyf = table("glyf");
        Deque<Integer> todo = new ArrayDeque<>();
        keep.stream().forEach(todo::add);
        while (!todo.isEmpty()) {
            int g = todo.pop();
            int start = glyphOffset(b, loca, g), end = glyphOffset(b, loca, g + 1);
            if (end - start < 10 || b.getShort(glyf + start) >= 0) continue;
            int p = glyf + start + 10;
            while (true) {   // composite glyph: keep its components too
                int flags = b.getShort(p) & 0xffff, component = b.getShort(p + 2) & 0xffff;
                if (!keep.get(component)) {
                    keep.set(component);
                    todo.push(component);
                }
                p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                if ((flags & 0x0008) != 0) p += 2;
                else if ((flags & 0x0040) != 0) p += 4;
                else if ((flags & 0x0080) != 0) p += 8;
                if ((flags & 0x0020) == 0) break;
            }
        }
        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream();
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (numGlyphs + 1));
        for (int g = 0; g < numGlyphs; g++) {
            newLoca.putInt(newGlyf.size());
            if (!keep.get(g)) continue;
            int start = glyphOffset(b, loca, g), end = glyphOffset(b, loca, g + 1);
            newGlyf.write(data, glyf + start, end - start);
            while (newGlyf.size() % 4 != 0) newGlyf.write(0);
        }
        newLoca.putInt(newGlyf.size());
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String tag : new String[] {"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"}) {
            switch (tag) {
                case "glyf" -> out.put(tag, newGlyf.toByteArray());
                case "loca" -> out.put(tag, newLoca.array());
                case "head" -> {
                    byte[] head = copy(tag);
                    ByteBuffer.wrap(head).putShort(50, (short) 1);   // indexToLocFormat: long offsets
                    ByteBuffer.wrap(head).putInt(8, 0);              // checkSumAdjustment, recomputed below
                    out.put(tag, head);
                }
                default -> { if (tables.containsKey(tag)) out.put(tag, copy(tag)); }
            }
        }
        return assemble(out);
    }

    private int glyphOffset(ByteBuffer b, int loca, int g) {
        return longLoca ? b.getInt(loca + 4 * g) : 2 * (b.getShort(loca + 2 * g) & 0xffff);
    }

    private byte[] copy(String tag) {
        int[] t = tables.get(tag);
        byte[] out = new byte[t[1]];
        System.arraycopy(data, t[0], out, 0, t[1]);
        return out;
    }

    private static byte[] assemble(Map<String, byte[]> tables) {
        int n = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = 16 << entrySelector;
        int size = 12 + 16 * n;
        for (byte[] t : tables.values()) size += (t.length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(0x00010000).putShort((short) n).putShort((short) searchRange).putShort((short) entrySelector).putShort((short) (n * 16 - searchRange));
        int offset = 12 + 16 * n;
        int headOffset = -1;
        for (var e : tables.entrySet()) {
            byte[] t = e.getValue();
            out.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(checksum(t)).putInt(offset).putInt(t.length);
            if (e.getKey().equals("head")) headOffset = offset;
            offset += (t.length + 3) & ~3;
        }
        for (byte[] t : tables.values()) {
            out.put(t);
            for (int pad = t.length; pad % 4 != 0; pad++) out.put((byte) 0);
        }
        byte[] font = out.array();
        if (headOffset >= 0) ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - (checksum(font) & 0xffffffffL)));
        return font;
    }

    private static int checksum(byte[] t) {
        ByteBuffer b = ByteBuffer.wrap(java.util.Arrays.copyOf(t, (t.length + 3) & ~3));
        int sum = 0;
        while (b.hasRemaining()) sum += b.getInt();
        return sum;
    }
}
