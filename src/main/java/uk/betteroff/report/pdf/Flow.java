package uk.betteroff.report.pdf;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.report.pdf.PdfDocument.Colour;
import uk.betteroff.report.pdf.PdfDocument.Font;
import uk.betteroff.report.pdf.PdfDocument.Page;

/**
 * Pours items down A4 pages: each item has a height and draws itself at a given top; an item never
 * straddles two pages, and a group of items kept together moves to a new page whole when it fits on one
 * (so a figure's working is not split across pages unless it is longer than a page).
 */
public final class Flow {
    /** Something of a known height that draws itself with its top at {@code top}. */
    public record Item(double height, Drawer drawer) {}

    @FunctionalInterface
    public interface Drawer {
        void draw(Page page, double top);
    }

    private final PdfDocument doc;
    private final double margin;
    private final double bottom;
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private double y;

    /** @param footer room kept at the bottom of each page for its footer line */
    public Flow(PdfDocument doc, double margin, double footer) {
        this.doc = doc;
        this.margin = margin;
        this.bottom = PdfDocument.A4_HEIGHT - margin - footer;
        newPage();
    }

    public double width() { return PdfDocument.A4_WIDTH - 2 * margin; }

    public double left() { return margin; }

    public List<Page> pages() { return List.copyOf(pages); }

    public void newPage() {
        page = doc.newPage(PdfDocument.A4_WIDTH, PdfDocument.A4_HEIGHT);
        pages.add(page);
        y = margin;
    }

    private boolean atTop() { return y <= margin; }

    public void gap(double dy) {
        if (!atTop()) y = Math.min(y + dy, bottom);
    }

    public void add(Item item) {
        if (y + item.height() > bottom && !atTop()) newPage();
        item.drawer().draw(page, y);
        y += item.height();
    }

    /**
     * The items on one page if they fit on one; otherwise from a fresh page (when little of this one is
     * left), breaking only between items and repeating {@code continued} at the top of each new page.
     */
    public void keepTogether(List<Item> items, Item continued) {
        double total = items.stream().mapToDouble(Item::height).sum();
        double pageRoom = bottom - margin;
        if (total <= pageRoom) {
            if (y + total > bottom) newPage();
            items.forEach(this::add);
            return;
        }
        if (bottom - y < pageRoom / 4) newPage();
        for (Item i : items) {
            if (y + i.height() > bottom) {
                newPage();
                if (continued != null) add(continued);
            }
            add(i);
        }
    }

    /** Wrapped text as one item (its lines stay together). */
    public static Item text(Font font, double size, double x, double width, String text, Colour colour) {
        List<String> lines = Wrap.lines(font, size, text, width);
        double leading = size * 1.3;
        return new Item(lines.size() * leading, (page, top) -> {
            double baseline = top + size;
            for (String l : lines) {
                page.text(font, size, x, baseline, l, colour);
                baseline += leading;
            }
        });
    }

    /** Several items drawn as one (kept on one page). */
    public static Item stack(List<Item> parts) {
        double h = parts.stream().mapToDouble(Item::height).sum();
        return new Item(h, (page, top) -> {
            double t = top;
            for (Item i : parts) {
                i.drawer().draw(page, t);
                t += i.height();
            }
        });
    }
}
