package uk.betteroff.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.report.pdf.Flow;
import uk.betteroff.report.pdf.Flow.Item;
import uk.betteroff.report.pdf.Fonts;
import uk.betteroff.report.pdf.PdfDocument;
import uk.betteroff.report.pdf.PdfDocument.Colour;
import uk.betteroff.report.pdf.PdfDocument.Font;
import uk.betteroff.report.pdf.PdfDocument.Page;
import uk.betteroff.report.pdf.Wrap;

/**
 * The adviser's full report, for checking against award statements and for the case file: the date of
 * assessment and the rates fingerprint, the household as entered, the comparison a week and a month,
 * each option's assumptions, and every figure of every column with its working (the trace tree: working
 * in words, the law, the rates read).
 */
public final class AdviserReportPdf {
    private static final double MARGIN = 42;
    private static final double FOOTER = 18;
    private static final double BODY = 9;
    private static final Colour INK = Colour.grey(0.1);
    private static final Colour SOFT = Colour.grey(0.35);
    private static final Colour RULE = Colour.grey(0.82);
    private static final Colour BAND = new Colour(0.88, 0.92, 0.97);
    private static final Colour ZEBRA = Colour.grey(0.96);

    private final ReportText t;
    private final PdfDocument doc;
    private final Font regular;
    private final Font bold;
    private final Flow flow;

    private AdviserReportPdf(ReportText t) {
        this.t = t;
        this.doc = new PdfDocument(t.get("adviser.document_title"), t.languageTag());
        this.regular = doc.font(Fonts.regular());
        this.bold = doc.font(Fonts.bold());
        this.flow = new Flow(doc, MARGIN, FOOTER);
    }

    /** In English, printed today. */
    public static void write(PrintedCase c, Comparison result, OutputStream out) throws IOException {
        write(c, result, Locale.UK, LocalDate.now(), out);
    }

    public static void write(PrintedCase c, Comparison result, Locale locale, LocalDate printedOn, OutputStream out) throws IOException {
        AdviserReportPdf r = new AdviserReportPdf(ReportText.of(locale));
        r.title(c, result, printedOn);
        HouseholdText.lines(c, r.t).forEach(section -> r.section(section.heading(), section.lines()));
        r.table(r.t.get("adviser.section.comparison_week"), c, result, Period.WEEK);
        r.table(r.t.get("adviser.section.comparison_month"), c, result, Period.MONTH);
        r.assumptions(result);
        r.working(result);
        r.footers(c);
        r.doc.write(out);
    }

    private double x() { return flow.left(); }

    private void title(PrintedCase c, Comparison result, LocalDate printedOn) {
        flow.add(Flow.text(bold, 17, x(), flow.width(), t.get("adviser.title"), INK));
        flow.gap(4);
        if (!c.name().isBlank()) flow.add(Flow.text(bold, 11, x(), flow.width(), t.format("adviser.case", c.name()), INK));
        flow.add(Flow.text(regular, BODY + 0.5, x(), flow.width(), t.format("adviser.assessment_date", t.date(result.date()), result.taxYear()), INK));
        flow.add(Flow.text(regular, BODY, x(), flow.width(), t.format("adviser.rates", result.ratesFingerprint()), INK));
        flow.add(Flow.text(regular, BODY, x(), flow.width(), t.format("adviser.printed", t.date(printedOn)), SOFT));
        flow.gap(10);
    }

    private Item heading(String text) {
        Item words = Flow.text(bold, 12, x() + 4, flow.width() - 8, text, INK);
        return new Item(words.height() + 8, (page, top) -> {
            page.fill(x(), top, flow.width(), words.height() + 4, BAND);
            words.drawer().draw(page, top + 1);
        });
    }

    private void section(String heading, List<HouseholdText.Line> lines) {
        List<Item> items = new ArrayList<>();
        items.add(heading(heading));
        for (HouseholdText.Line l : lines)
            items.add(Flow.text(regular, BODY, x() + 14 * l.indent(), flow.width() - 14 * l.indent(), l.text(), INK));
        flow.keepTogether(items, null);
        flow.gap(10);
    }

    /** Every figure id down, every column across. */
    private void table(String heading, PrintedCase c, Comparison result, Period period) {
        List<ScenarioResult> cols = result.columns();
        double labelWidth = 215;
        double colWidth = (flow.width() - labelWidth) / cols.size();
        double size = cols.size() > 5 ? 7 : 8;
        List<Item> rows = new ArrayList<>();
        rows.add(heading(heading));
        int headLines = 1;
        for (ScenarioResult s : cols) headLines = Math.max(headLines, Wrap.atMost(bold, size, s.name(), colWidth - 6, 3).size());
        double headHeight = headLines * size * 1.3 + 4;
        Item head = new Item(headHeight, (page, top) -> {
            page.text(bold, size, x() + 3, top + size + 1, t.get("adviser.figure_column"), INK);
            for (int i = 0; i < cols.size(); i++) {
                List<String> name = Wrap.atMost(bold, size, cols.get(i).name(), colWidth - 6, 3);
                double right = x() + labelWidth + (i + 1) * colWidth - 3;
                for (int k = 0; k < name.size(); k++)
                    page.text(bold, size, right - bold.width(name.get(k), size), top + size + 1 + k * size * 1.3, name.get(k), INK);
            }
            page.line(x(), top + headHeight, x() + flow.width(), top + headHeight, 0.6, INK);
        });
        rows.add(head);
        int n = 0;
        for (SummaryRow sr : SummaryRow.of(result, period, t)) {
            boolean shade = n++ % 2 == 1;
            Font f = sr.total() ? bold : regular;
            double h = size * 1.55;
            rows.add(new Item(h, (page, top) -> {
                if (shade) page.fill(x(), top, flow.width(), h, ZEBRA);
                double base = top + size + 2;
                double indent = sr.detail() ? 10 : 0;
                double ls = Math.min(size, size * (labelWidth - 6 - indent) / Math.max(1, f.width(sr.label(), size)));
                page.text(f, ls, x() + 3 + indent, base, sr.label(), INK);
                for (int i = 0; i < cols.size(); i++) {
                    String v = sr.cell(i, t::money);
                    double vs = Math.min(size, size * (colWidth - 6) / Math.max(1, f.width(v, size)));
                    page.text(f, vs, x() + labelWidth + (i + 1) * colWidth - 3 - f.width(v, vs), base, v, INK);
                }
            }));
        }
        if (period == Period.MONTH) councilTaxNote(c).ifPresent(note -> rows.add(Flow.text(regular, BODY - 1, x(), flow.width(), note, SOFT)));
        flow.keepTogether(rows, null);
        flow.gap(12);
    }

    /**
     * Council tax is worked per day, a week at a time (docs/design.md), so its month here is the weekly amount × 52 ÷ 12, an
     * average month; the council's own bill is the yearly charge, collected in its own instalments. Said under the
     * monthly table, so £132.95 is not read as the council's monthly bill.
     */
    private java.util.Optional<String> councilTaxNote(PrintedCase c) {
        var tax = c.circumstances().housing().councilTax();
        if (!tax.liable() || !tax.charge().money().isPositive()) return java.util.Optional.empty();
        return java.util.Optional.of(t.format("adviser.council_tax_month", t.money(tax.charge().money()), t.per(tax.charge().per())));
    }

    private void assumptions(Comparison result) {
        List<Item> items = new ArrayList<>();
        items.add(heading(t.get("adviser.section.assumptions")));
        // figures not worked out, estimated or entered: said before the assumptions, as under calc's table
        for (String note : FigureNotes.lines(result)) items.add(Flow.text(bold, BODY, x(), flow.width(), "• " + note, INK));
        for (ScenarioResult s : result.columns()) {
            items.add(Flow.text(bold, BODY, x(), flow.width(), t.format("adviser.column_heading", s.name()), INK));
            if (s.assumptions().isEmpty()) items.add(Flow.text(regular, BODY, x() + 10, flow.width() - 10, t.get("adviser.no_assumptions"), SOFT));
            for (Assumption a : s.assumptions())
                items.add(Flow.text(regular, BODY, x() + 10, flow.width() - 10, "• " + a.text(), INK));
            items.add(new Item(4, (p, top) -> {}));
        }
        flow.keepTogether(items, null);
        flow.gap(10);
    }

    /** Each column from a new page; within it each figure kept on one page where it fits. */
    private void working(Comparison result) {
        for (ScenarioResult s : result.columns()) {
            flow.newPage();
            flow.add(heading(t.get("adviser.section.working") + " — " + t.format("adviser.column_heading", s.name())));
            flow.gap(4);
            for (Figure fig : s.figures().values()) figure(s, fig);
        }
    }

    private void figure(ScenarioResult s, Figure fig) {
        String title = t.format("adviser.figure_heading", t.figure(fig.id()), t.money(fig.week()), t.money(fig.month()));
        Item words = Flow.text(bold, BODY + 0.5, x() + 3, flow.width() - 6, title, INK);
        Item head = new Item(words.height() + 5, (page, top) -> {
            page.fill(x(), top, flow.width(), words.height() + 3, ZEBRA);
            words.drawer().draw(page, top + 1);
        });
        List<Item> items = new ArrayList<>();
        items.add(head);
        node(items, fig.trace(), 0);
        items.add(new Item(6, (p, top) -> {}));
        Item continued = Flow.text(bold, BODY, x(), flow.width(), t.format("adviser.continued", s.name() + ": " + t.figure(fig.id())), SOFT);
        flow.keepTogether(items, continued);
    }

    /** One trace step as one item (its label, working, law and rates stay together), then its steps, indented. */
    private void node(List<Item> items, TraceNode n, int depth) {
        double indent = 8 + 11 * Math.min(depth, 8);
        double w = flow.width() - indent;
        double xi = x() + indent;
        List<Item> parts = new ArrayList<>();
        String label = n.label() + (n.period() == Period.NONE ? "" : ": " + t.money(n.amount()) + " " + t.per(n.period()));
        parts.add(Flow.text(depth == 0 ? bold : regular, BODY, xi, w, label, INK));
        if (!n.working().isEmpty()) parts.add(Flow.text(regular, BODY - 0.5, xi + 10, w - 10, n.working(), INK));
        if (!n.law().isEmpty()) parts.add(Flow.text(regular, BODY - 1, xi + 10, w - 10, t.format("adviser.law", String.join("; ", n.law())), SOFT));
        for (TraceNode.RateUse r : n.rates())
            parts.add(Flow.text(regular, BODY - 1, xi + 10, w - 10,
                    t.format("adviser.rate", r.id(), r.display(), fileAndLine(r.source())), SOFT));
        parts.add(new Item(2, (p, top) -> {}));
        items.add(Flow.stack(parts));
        for (TraceNode c : n.children()) node(items, c, depth + 1);
    }

    /**
     * "2026-27.yaml line 16": where a rate was read, by the file's name and line, not the folder it sat in on the PC
     * that printed it (the rates version above names every file by its SHA-256).
     */
    static String fileAndLine(String source) {
        String[] parts = source.split("[/\\\\]");
        if (parts.length < 2) return source;
        String file = parts[parts.length - 1];
        // a council's scheme is named with its folder, as rates/README.md names it: ctr/newham.yaml
        return parts[parts.length - 2].equals("ctr") ? "ctr/" + file : file;
    }

    private void footers(PrintedCase c) {
        List<Page> pages = flow.pages();
        String name = c.name().isBlank() ? "" : c.name() + " · ";
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            String right = t.format("adviser.page", i + 1, pages.size());
            double y = PdfDocument.A4_HEIGHT - MARGIN + 8;
            p.line(MARGIN, y - 10, PdfDocument.A4_WIDTH - MARGIN, y - 10, 0.4, RULE);
            double room = flow.width() - regular.width(right, 7.5) - 12;
            String left = Wrap.atMost(regular, 7.5, name + t.get("adviser.title"), room, 1).getFirst();
            p.text(regular, 7.5, MARGIN, y, left, SOFT);
            p.text(regular, 7.5, PdfDocument.A4_WIDTH - MARGIN - regular.width(right, 7.5), y, right, SOFT);
        }
    }
}
