package uk.betteroff.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * A small PDF 1.7 writer for the print-outs: pages of text, rules and filled boxes, with TrueType fonts
 * embedded as subsets (Type 0 / CIDFontType2, Identity-H) and a ToUnicode map so the text can be
 * searched, copied and read aloud. Written for Better Off so the application needs no PDF library that
 * is not a Java module (DESIGN.md: jlink needs real modules). Coordinates are in points from the top-left
 * corner of the page; text is placed by its baseline.
 */
public final class PdfDocument {
    /** A4 in points. */
    public static final double A4_WIDTH = 595.28, A4_HEIGHT = 841.89;

    private final String title;
    private final String language;
    private final List<Font> fonts = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    /** @param language the document language, e.g. "en-GB" or "cy-GB" (screen readers use it). */
    public PdfDocument(String title, String language) {
        this.title = title;
        this.language = language;
    }

    /** A font for this document; only the glyphs actually drawn are embedded. */
    public Font font(TrueTypeFont ttf) {
        Font f = new Font("F" + (fonts.size() + 1), ttf);
        fonts.add(f);
        return f;
    }

    public Page newPage(double width, double height) {
        Page p = new Page(width, height);
        pages.add(p);
        return p;
    }

    public int pageCount() { return pages.size(); }

    /** A font registered with this document. */
    public static final class Font {
        private final String name;
        private final TrueTypeFont ttf;
        private final BitSet used = new BitSet();
        private final TreeMap<Integer, String> unicode = new TreeMap<>();

        private Font(String name, TrueTypeFont ttf) {
            this.name = name;
            this.ttf = ttf;
        }

        public double width(String text, double size) { return ttf.width(text, size); }

        public TrueTypeFont metrics() { return ttf; }

        /** The glyph ids of {@code text} as a PDF hex string, noting each glyph as used. */
        private String encode(String text) {
            StringBuilder hex = new StringBuilder("<");
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int g = ttf.glyph(cp);
                used.set(g);
                if (g != 0) unicode.putIfAbsent(g, new String(Character.toChars(cp)));
                hex.append(String.format(Locale.ROOT, "%04X", g));
                i += Character.charCount(cp);
            }
            return hex.append('>').toString();
        }
    }

    /** One page and its drawing operations. */
    public final class Page {
        private final double width;
        private final double height;
        private final StringBuilder ops = new StringBuilder();

        private Page(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double width() { return width; }

        public double height() { return height; }

        /** Text with its baseline at {@code y} points from the top, in the colour given (0-1 grey or RGB). */
        public void text(Font font, double size, double x, double y, String text, Colour colour) {
            if (text.isEmpty()) return;
            ops.append("BT ").append(colour.fill()).append(" /").append(font.name).append(' ').append(n(size)).append(" Tf 1 0 0 1 ")
                    .append(n(x)).append(' ').append(n(height - y)).append(" Tm ").append(font.encode(text)).append(" Tj ET\n");
        }

        /** A filled rectangle, top-left corner at (x, y). */
        public void fill(double x, double y, double w, double h, Colour colour) {
            ops.append(colour.fill()).append(' ').append(n(x)).append(' ').append(n(height - y - h)).append(' ').append(n(w)).append(' ')
                    .append(n(h)).append(" re f\n");
        }

        /** A rectangle outline. */
        public void box(double x, double y, double w, double h, double lineWidth, Colour colour) {
            ops.append(colour.stroke()).append(' ').append(n(lineWidth)).append(" w ").append(n(x)).append(' ').append(n(height - y - h)).append(' ')
                    .append(n(w)).append(' ').append(n(h)).append(" re S\n");
        }

        public void line(double x1, double y1, double x2, double y2, double lineWidth, Colour colour) {
            ops.append(colour.stroke()).append(' ').append(n(lineWidth)).append(" w ").append(n(x1)).append(' ').append(n(height - y1)).append(" m ")
                    .append(n(x2)).append(' ').append(n(height - y2)).append(" l S\n");
        }
    }

    /** An RGB colour, each part 0 to 1. */
    public record Colour(double r, double g, double b) {
        public static final Colour BLACK = new Colour(0, 0, 0);

        public static Colour grey(double level) { return new Colour(level, level, level); }

        String fill() { return n(r) + " " + n(g) + " " + n(b) + " rg"; }

        String stroke() { return n(r) + " " + n(g) + " " + n(b) + " RG"; }
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    // ---- writing -------------------------------------------------------------------------------------

    public void write(OutputStream target) throws IOException {
        if (pages.isEmpty()) newPage(A4_WIDTH, A4_HEIGHT);
        Objects objs = new Objects();
        int catalog = objs.reserve(), pagesObj = objs.reserve(), info = objs.reserve();
        StringBuilder fontResources = new StringBuilder();
        for (Font f : fonts) fontResources.append('/').append(f.name).append(' ').append(writeFont(objs, f)).append(" 0 R ");
        List<Integer> pageIds = new ArrayList<>();
        for (Page p : pages) {
            int content = objs.stream("", p.ops.toString().getBytes(StandardCharsets.US_ASCII));
            pageIds.add(objs.add("<< /Type /Page /Parent " + pagesObj + " 0 R /MediaBox [0 0 " + n(p.width) + " " + n(p.height) + "] /Resources << /Font << "
                    + fontResources + ">> >> /Contents " + content + " 0 R >>"));
        }
        StringBuilder kids = new StringBuilder();
        for (int id : pageIds) kids.append(id).append(" 0 R ");
        objs.set(pagesObj, "<< /Type /Pages /Kids [" + kids + "] /Count " + pageIds.size() + " >>");
        objs.set(catalog, "<< /Type /Catalog /Pages " + pagesObj + " 0 R /Lang " + text(language)
                + " /ViewerPreferences << /DisplayDocTitle true >> >>");
        objs.set(info, "<< /Title " + text(title) + " /Producer (Better Off) >>");
        objs.writeTo(target, catalog, info);
    }

    private int writeFont(Objects objs, Font f) {
        TrueTypeFont t = f.ttf;
        String base = subsetTag(f.used) + "+" + t.postScriptName();
        byte[] program = t.subset(f.used);
        int file = objs.stream("/Length1 " + program.length, program);
        int[] bb = t.bbox();
        int descriptor = objs.add("<< /Type /FontDescriptor /FontName /" + base + " /Flags 32 /FontBBox [" + bb[0] + " " + bb[1] + " " + bb[2] + " " + bb[3]
                + "] /ItalicAngle 0 /Ascent " + t.ascent() + " /Descent " + t.descent() + " /CapHeight " + t.capHeight() + " /StemV 80 /FontFile2 " + file + " 0 R >>");
        StringBuilder w = new StringBuilder();
        f.used.stream().forEach(g -> w.append(g).append(" [").append(Math.round(t.width(g))).append("] "));
        int cid = objs.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + base + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                + " /FontDescriptor " + descriptor + " 0 R /DW 1000 /W [" + w + "] /CIDToGIDMap /Identity >>");
        int toUnicode = objs.stream("", toUnicode(f).getBytes(StandardCharsets.US_ASCII));
        return objs.add("<< /Type /Font /Subtype /Type0 /BaseFont /" + base + " /Encoding /Identity-H /DescendantFonts [" + cid + " 0 R] /ToUnicode "
                + toUnicode + " 0 R >>");
    }

    private static String subsetTag(BitSet used) {
        int h = used.hashCode();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(h, 26)));
            h = h / 26 + 7919 * i;
        }
        return tag.toString();
    }

    private static String toUnicode(Font f) {
        StringBuilder s = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<java.util.Map.Entry<Integer, String>> all = new ArrayList<>(f.unicode.entrySet());
        for (int i = 0; i < all.size(); i += 100) {
            List<java.util.Map.Entry<Integer, String>> chunk = all.subList(i, Math.min(all.size(), i + 100));
            s.append(chunk.size()).append(" beginbfchar\n");
            for (var e : chunk) {
                s.append(String.format(Locale.ROOT, "<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) s.append(String.format(Locale.ROOT, "%04X", (int) c));
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        return s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    /** A PDF text string: UTF-16BE with a byte-order mark, as hex. */
    private static String text(String s) {
        StringBuilder hex = new StringBuilder("<FEFF");
        for (char c : s.toCharArray()) hex.append(String.format(Locale.ROOT, "%04X", (int) c));
        return hex.append('>').toString();
    }

    /** The numbered objects of the file, written with the cross-reference table at the end. */
    private static final class Objects {
        private final List<byte[]> bodies = new ArrayList<>();

        int reserve() {
            bodies.add(null);
            return bodies.size();
        }

        void set(int id, String dict) { bodies.set(id - 1, dict.getBytes(StandardCharsets.US_ASCII)); }

        int add(String dict) {
            int id = reserve();
            set(id, dict);
            return id;
        }

        /** A Flate-compressed stream with any extra dictionary entries given. */
        int stream(String extra, byte[] raw) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
            d.setInput(raw);
            d.finish();
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            while (!d.finished()) z.write(buf, 0, d.deflate(buf));
            d.end();
            byte[] packed = z.toByteArray();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("<< /Length " + packed.length + " /Filter /FlateDecode " + extra + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(packed);
            body.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
            int id = reserve();
            bodies.set(id - 1, body.toByteArray());
            return id;
        }

        void writeTo(OutputStream target, int catalog, int info) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
            long[] offsets = new long[bodies.size()];
            for (int i = 0; i < bodies.size(); i++) {
                offsets[i] = out.size();
                out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bodies.get(i));
                out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
            }
            long xref = out.size();
            StringBuilder x = new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
            for (long o : offsets) x.append(String.format(Locale.ROOT, "%010d 00000 n \n", o));
            x.append("trailer\n<< /Size ").append(bodies.size() + 1).append(" /Root ").append(catalog).append(" 0 R /Info ").append(info)
                    .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            out.writeBytes(x.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeTo(target);
        }
    }
}
