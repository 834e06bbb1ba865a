package uk.betteroff.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The print-outs' page model over Apache PDFBox: pages of text, rules and filled boxes, with the
 * shipped TrueType fonts embedded as subsets (PDFBox writes them as Type 0 fonts with a ToUnicode map,
 * so the text can be searched, copied and read aloud). Coordinates are in points from the top-left
 * corner of the page; text is placed by its baseline. Drawing is kept per page until {@link #write}, so
 * a page can still be drawn on after later pages exist (the adviser report's "page 2 of 9" footers).
 */
public final class PdfDocument implements Closeable {
    /** A4 in points. */
    public static final double A4_WIDTH = 595.28, A4_HEIGHT = 841.89;

    private final PDDocument pdf = new PDDocument();
    private final List<Page> pages = new ArrayList<>();
    private final List<TrueTypeFont> fontFiles = new ArrayList<>();

    /** @param language the document language, e.g. "en-GB" or "cy-GB" (screen readers use it). */
    public PdfDocument(String title, String language) {
        pdf.setVersion(1.7f);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(language);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        pdf.getDocumentInformation().setTitle(title);
        pdf.getDocumentInformation().setProducer("Better Off");
    }

    /** A font for this document; only the glyphs actually drawn are embedded. */
    public Font font(Fonts.Face face) {
        try (InputStream in = face.open()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            fontFiles.add(ttf);
            // one glyph per character, as measured: no "fi" ligature, so copied and read-aloud text is the words
            ttf.setEnableGsub(false);
            return new Font(PDType0Font.load(pdf, ttf, true));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + face.resource(), e);
        }
    }

    public Page newPage(double width, double height) {
        Page p = new Page(width, height);
        pages.add(p);
        return p;
    }

    public int pageCount() { return pages.size(); }

    /** A font registered with this document. */
    public static final class Font {
        private final PDType0Font font;

        private Font(PDType0Font font) {
            this.font = font;
        }

        /** Width of text set at {@code size} points. */
        public double width(String text, double size) {
            try {
                return font.getStringWidth(printable(text)) * size / 1000.0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text with any character the font has no glyph for (a control character, an emoji) shown as "?". */
        private String printable(String text) {
            if (has(text)) return text;
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String c = Character.toString(cp);
                out.append(has(c) ? c : "?");
            });
            return out.toString();
        }

        private boolean has(String text) {
            try {
                font.encode(text);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }

    @FunctionalInterface
    private interface Op {
        void draw(PDPageContentStream s, double height) throws IOException;
    }

    /** One page and its drawing operations. */
    public final class Page {
        private final double width;
        private final double height;
        private final List<Op> ops = new ArrayList<>();

        private Page(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double width() { return width; }

        public double height() { return height; }

        /** Text with its baseline at {@code y} points from the top, in the colour given. */
        public void text(Font font, double size, double x, double y, String text, Colour colour) {
            if (text.isEmpty()) return;
            String shown = font.printable(text);
            ops.add((s, h) -> {
                s.beginText();
                colour.fill(s);
                s.setFont(font.font, (float) size);
                s.newLineAtOffset((float) x, (float) (h - y));
                s.showText(shown);
                s.endText();
            });
        }

        /** A filled rectangle, top-left corner at (x, y). */
        public void fill(double x, double y, double w, double h, Colour colour) {
            ops.add((s, ph) -> {
                colour.fill(s);
                s.addRect((float) x, (float) (ph - y - h), (float) w, (float) h);
                s.fill();
            });
        }

        /** A rectangle outline. */
        public void box(double x, double y, double w, double h, double lineWidth, Colour colour) {
            ops.add((s, ph) -> {
                colour.stroke(s);
                s.setLineWidth((float) lineWidth);
                s.addRect((float) x, (float) (ph - y - h), (float) w, (float) h);
                s.stroke();
            });
        }

        public void line(double x1, double y1, double x2, double y2, double lineWidth, Colour colour) {
            ops.add((s, ph) -> {
                colour.stroke(s);
                s.setLineWidth((float) lineWidth);
                s.moveTo((float) x1, (float) (ph - y1));
                s.lineTo((float) x2, (float) (ph - y2));
                s.stroke();
            });
        }
    }

    /** An RGB colour, each part 0 to 1. */
    public record Colour(double r, double g, double b) {
        public static final Colour BLACK = new Colour(0, 0, 0);

        public static Colour grey(double level) { return new Colour(level, level, level); }

        void fill(PDPageContentStream s) throws IOException { s.setNonStrokingColor((float) r, (float) g, (float) b); }

        void stroke(PDPageContentStream s) throws IOException { s.setStrokingColor((float) r, (float) g, (float) b); }
    }

    /** Draws every page, saves the PDF (fonts subset on saving) and closes the document. */
    public void write(OutputStream target) throws IOException {
        if (pages.isEmpty()) newPage(A4_WIDTH, A4_HEIGHT);
        for (Page p : pages) {
            PDPage page = new PDPage(new PDRectangle((float) p.width, (float) p.height));
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                for (Op op : p.ops) op.draw(s, p.height);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        close();
        bytes.writeTo(target);
    }

    @Override
    public void close() throws IOException {
        pdf.close();
        for (TrueTypeFont f : fontFiles) f.close();
        fontFiles.clear();
    }
}
