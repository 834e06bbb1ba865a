package uk.betteroff.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.report.pdf.Fonts;
import uk.betteroff.report.pdf.PdfDocument;
import uk.betteroff.report.pdf.PdfDocument.Colour;
import uk.betteroff.report.pdf.PdfDocument.Font;
import uk.betteroff.report.pdf.PdfDocument.Page;
import uk.betteroff.report.pdf.Wrap;

/**
 * The one-page summary a resident takes home (PRODUCT.md: plain English, large clear figures, words not
 * jargon): for not working and each in-work option, a week — money coming in, rent and council tax to
 * pay, travel and childcare, money left, and how much better off, in words. Always one A4 page: the type
 * is made a little smaller when a case needs it.
 */
public final class ResidentSummaryPdf {
    /** Not working and up to three in-work options, as on the adviser's screen; more are named in a note. */
    public static final int MAX_COLUMNS = 4;

    private static final double MARGIN = 48;
    private static final Colour INK = Colour.grey(0.1);
    private static final Colour SOFT = Colour.grey(0.28);
    private static final Colour RULE = Colour.grey(0.8);
    private static final Colour HEADER_FILL = new Colour(0.88, 0.92, 0.97);
    private static final Colour TOTAL_FILL = new Colour(0.93, 0.96, 0.90);

    private ResidentSummaryPdf() {}

    /** In English, printed today. */
    public static void write(PrintedCase c, Comparison result, OutputStream out) throws IOException {
        write(c, result, Locale.UK, LocalDate.now(), out);
    }

    public static void write(PrintedCase c, Comparison result, Locale locale, LocalDate printedOn, OutputStream out) throws IOException {
        ReportText t = ReportText.of(locale);
        Model m = model(result, t);
        for (double scale = 1.0; ; scale -= 0.05) {
            try (PdfDocument doc = new PdfDocument(t.get("resident.document_title"), t.languageTag())) {
                double bottom = draw(doc, c, result, m, t, printedOn, scale);
                if (bottom <= PdfDocument.A4_HEIGHT - MARGIN - 16 || scale <= 0.5) {
                    doc.write(out);
                    return;
                }
            }
        }
    }

    // ---- what goes on the page ---------------------------------------------------------------------

    private enum Style { NORMAL, DETAIL, TOTAL, COMPARE }

    private record Row(String label, Style style, List<String> cells) {}

    private record Model(List<ScenarioResult> columns, List<Row> rows, List<String> sentences, int hiddenOptions, boolean ucPaysRent) {}

    private static Model model(Comparison result, ReportText t) {
        List<ScenarioResult> all = result.columns();
        List<ScenarioResult> cols = all.subList(0, Math.min(MAX_COLUMNS, all.size()));
        List<Row> rows = new ArrayList<>();
        boolean anyWork = cols.size() > 1;
        if (anyWork) rows.add(new Row(t.get("resident.row.hours"), Style.NORMAL, cols.stream().map(s -> hours(s.hours())).toList()));
        rows.add(row(t.get("resident.row.money_in"), Style.NORMAL, cols, FigureIds.TOTAL_INCOME, t));
        if (anyWork) rows.add(row(t.get("resident.row.pay"), Style.DETAIL, cols, FigureIds.NET_EARNINGS, t));
        detail(rows, t.get("resident.row.universal_credit"), cols, FigureIds.UNIVERSAL_CREDIT, t);
        detail(rows, t.get("resident.row.housing_benefit"), cols, FigureIds.HOUSING_BENEFIT, t);
        detail(rows, t.get("resident.row.child_benefit"), cols, FigureIds.CHILD_BENEFIT, t);
        detail(rows, t.get("resident.row.carers_allowance"), cols, FigureIds.CARERS_ALLOWANCE, t);
        detail(rows, t.get("resident.row.scottish_child_payment"), cols, FigureIds.SCOTTISH_CHILD_PAYMENT, t);
        detail(rows, t.get("resident.row.other_income"), cols, FigureIds.OTHER_INCOME, t);
        if (cols.stream().anyMatch(s -> rent(s).rentAndCharges().isPositive())) {
            // the whole rent is taken off (money coming in already holds the benefits that pay it), then who pays it
            rows.add(new Row(t.get("resident.row.rent"), Style.NORMAL, cells(cols, s -> t.money(rent(s).rentAndCharges()))));
            if (cols.stream().anyMatch(s -> rent(s).housingBenefit().isPositive()))
                rows.add(new Row(t.get("resident.row.rent_from_housing_benefit"), Style.DETAIL, cells(cols, s -> t.money(rent(s).housingBenefit()))));
            if (cols.stream().anyMatch(s -> rent(s).ucHousingCosts().isPositive()))
                rows.add(new Row(t.get("resident.row.rent_from_uc"), Style.DETAIL, cells(cols, s -> t.money(rent(s).ucHousingCosts()))));
            rows.add(new Row(t.get("resident.row.rent_you_pay"), Style.DETAIL, cells(cols, s -> t.money(rent(s).leftToPay()))));
        }
        rows.add(new Row(t.get("resident.row.council_tax"), Style.NORMAL,
                cells(cols, s -> t.money(week(s, FigureIds.COUNCIL_TAX_TO_PAY)) + FigureNotes.restsOnTheReduction(s))));
        if (cols.stream().anyMatch(s -> week(s, FigureIds.WORK_COSTS).isPositive()))
            rows.add(row(t.get("resident.row.work_costs"), Style.NORMAL, cols, FigureIds.WORK_COSTS, t));
        rows.add(new Row(t.get("resident.row.money_left"), Style.TOTAL,
                cells(cols, s -> t.money(week(s, FigureIds.MONEY_LEFT)) + FigureNotes.restsOnTheReduction(s))));
        List<String> sentences = new ArrayList<>();
        if (anyWork) {
            rows.add(new Row(t.get("resident.row.compared"), Style.COMPARE, cells(cols, s -> s == cols.get(0) ? "—" : compared(s, t) + (s.workedWithout(FigureIds.BETTER_OFF).isEmpty() ? "" : "*"))));
            rows.add(new Row(t.get("resident.row.per_hour"), Style.DETAIL, cells(cols, s -> perHour(s).map(t::money).orElse("—"))));
            for (ScenarioResult s : cols.subList(1, cols.size())) sentences.add(sentence(s, t));
        }
        // "*": the council tax help these rest on is an estimate, entered, or not worked out (and then not taken off)
        for (String note : FigureNotes.lines(result)) sentences.add("* " + note);
        return new Model(cols, rows, sentences, all.size() - cols.size(), cols.stream().anyMatch(s -> rent(s).ucHousingCosts().isPositive()));
    }

    /** The rent and who pays it, a week: the summary's rows add up exactly to the money left the kernel worked out. */
    private static RentParts rent(ScenarioResult s) { return RentParts.of(s, Period.WEEK); }

    private static Money week(ScenarioResult s, String id) { return s.figure(id).week(); }

    private static Row row(String label, Style style, List<ScenarioResult> cols, String id, ReportText t) {
        return new Row(label, style, cells(cols, s -> t.money(week(s, id))));
    }

    private static void detail(List<Row> rows, String label, List<ScenarioResult> cols, String id, ReportText t) {
        if (cols.stream().anyMatch(s -> !week(s, id).isZero())) rows.add(row(label, Style.DETAIL, cols, id, t));
    }

    private static List<String> cells(List<ScenarioResult> cols, Function<ScenarioResult, String> f) {
        return cols.stream().map(f).toList();
    }

    private static String compared(ScenarioResult s, ReportText t) {
        Money b = week(s, FigureIds.BETTER_OFF);
        if (b.isZero()) return t.get("resident.same_cell");
        return t.format(b.isPositive() ? "resident.better_off_cell" : "resident.worse_off_cell", t.money(b.isPositive() ? b : b.negate()));
    }

    /** Better off a week ÷ hours a week, to the nearest penny (shown as "about"). */
    private static java.util.Optional<Money> perHour(ScenarioResult s) {
        if (s.hours() == null || s.hours().signum() <= 0) return java.util.Optional.empty();
        return java.util.Optional.of(week(s, FigureIds.BETTER_OFF).dividedBy(s.hours()).roundHalfUpToPenny());
    }

    private static String sentence(ScenarioResult s, ReportText t) {
        Money b = week(s, FigureIds.BETTER_OFF);
        boolean hasHours = s.hours() != null && s.hours().signum() > 0;
        String who = hasHours ? hours(s.hours()) : s.name();
        String suffix = hasHours ? "" : "_named";
        if (b.isZero()) return t.format("resident.same_sentence" + suffix, who);
        if (b.isNegative()) return t.format("resident.worse_off_sentence" + suffix, who, t.money(b.negate()));
        return t.format("resident.better_off_sentence" + suffix, who, t.money(b), perHour(s).map(t::money).orElse(""));
    }

    private static String hours(BigDecimal h) {
        return h == null ? "0" : h.stripTrailingZeros().toPlainString();
    }

    private static List<String> heading(ScenarioResult s, boolean baseline, ReportText t) {
        if (baseline) return List.of(t.get("resident.not_working"));
        if (s.hours() == null || s.hours().signum() <= 0) return List.of(s.name());
        String main = t.format("resident.heading_hours", hours(s.hours()));
        boolean plainName = s.name().equalsIgnoreCase(hours(s.hours()) + " hours");
        return plainName ? List.of(main) : List.of(main, s.name());
    }

    // ---- drawing -----------------------------------------------------------------------------------

    /** Draws the page at {@code scale} and returns how far down it reached. */
    private static double draw(PdfDocument doc, PrintedCase c, Comparison result, Model m, ReportText t, LocalDate printedOn, double scale) {
        Painter p = new Painter(doc, m, scale);
        double y = p.header(c, result, t, printedOn, MARGIN);
        y = p.columnHeadings(t, y);
        for (Row r : m.rows()) y = p.row(r, y);
        return p.notes(m, t, printedOn, y + 22 * scale);
    }

    /** One attempt at the page, at one scale. */
    private static final class Painter {
        private final Page page;
        private final Font regular;
        private final Font bold;
        private final Model m;
        private final double s;
        private final double x = MARGIN;
        private final double width;
        private final double labelWidth;
        private final double colWidth;
        private final double pad;

        Painter(PdfDocument doc, Model m, double scale) {
            this.regular = doc.font(Fonts.regular());
            this.bold = doc.font(Fonts.bold());
            this.page = doc.newPage(PdfDocument.A4_WIDTH, PdfDocument.A4_HEIGHT);
            this.m = m;
            this.s = scale;
            this.width = page.width() - 2 * MARGIN;
            int n = m.columns().size();
            this.labelWidth = width * (n >= 4 ? 0.34 : 0.38);
            this.colWidth = (width - labelWidth) / n;
            this.pad = 6 * scale;
        }

        double header(PrintedCase c, Comparison result, ReportText t, LocalDate printedOn, double top) {
            double y = paragraph(bold, 28, top + 28 * s, width, t.get("resident.title"), INK, 3) + 4 * s;
            if (!c.name().isBlank()) y = paragraph(regular, 12, y + 16 * s, width, t.format("resident.about", c.name()), SOFT, 2);
            y = paragraph(regular, 12, y + 16 * s, width,
                    t.format("resident.worked_out", t.date(printedOn), t.date(result.date())) + " " + t.get("resident.all_a_week"), SOFT, 3);
            return y + 16 * s;
        }

        /** "Not working", "Working / 16 hours" (and the option's own name, smaller, when it says more). */
        double columnHeadings(ReportText t, double y) {
            int n = m.columns().size();
            List<List<String>> boldLines = new ArrayList<>(), nameLines = new ArrayList<>();
            int most = 1;
            for (int i = 0; i < n; i++) {
                List<String> parts = heading(m.columns().get(i), i == 0, t);
                boldLines.add(Wrap.atMost(bold, 13 * s, parts.get(0), colWidth - 2 * pad, 3));
                nameLines.add(parts.size() > 1 ? Wrap.atMost(regular, 10 * s, parts.get(1), colWidth - 2 * pad, 2) : List.of());
                most = Math.max(most, boldLines.get(i).size() + nameLines.get(i).size());
            }
            double h = most * 16 * s + 2 * pad;
            page.fill(x + labelWidth, y, width - labelWidth, h, HEADER_FILL);
            for (int i = 0; i < n; i++) {
                double cx = x + labelWidth + i * colWidth + pad, ly = y + pad + 13 * s;
                for (String l : boldLines.get(i)) {
                    page.text(bold, 13 * s, cx, ly, l, INK);
                    ly += 16 * s;
                }
                for (String l : nameLines.get(i)) {
                    page.text(regular, 10 * s, cx, ly, l, INK);
                    ly += 16 * s;
                }
            }
            return y + h;
        }

        double row(Row r, double y) {
            double labelSize = s * switch (r.style()) { case DETAIL -> 11; case TOTAL -> 15; default -> 13; };
            double valueSize = s * switch (r.style()) { case DETAIL -> 11.5; case TOTAL -> 19; case COMPARE -> 13; default -> 14; };
            Font labelFont = r.style() == Style.DETAIL ? regular : bold;
            Font valueFont = labelFont;
            Colour colour = r.style() == Style.DETAIL ? SOFT : INK;
            double indent = r.style() == Style.DETAIL ? 14 * s : 0;
            valueSize = fitted(r, valueFont, valueSize);
            List<String> labelLines = Wrap.atMost(labelFont, labelSize, r.label(), labelWidth - indent - pad, 2);
            List<List<String>> cellLines = new ArrayList<>();
            int lines = labelLines.size();
            for (String cell : r.cells()) {
                List<String> cl = r.style() == Style.COMPARE ? Wrap.atMost(valueFont, valueSize, cell, colWidth - 2 * pad, 2) : List.of(cell);
                cellLines.add(cl);
                lines = Math.max(lines, cl.size());
            }
            double lineHeight = Math.max(labelSize, valueSize) * 1.25;
            double rowPad = s * (r.style() == Style.DETAIL ? 3 : r.style() == Style.TOTAL ? 9 : 6);
            double h = lines * lineHeight + 2 * rowPad;
            if (r.style() == Style.TOTAL) page.fill(x, y, width, h, TOTAL_FILL);
            double first = y + rowPad + lineHeight * 0.8;
            for (int k = 0; k < labelLines.size(); k++) page.text(labelFont, labelSize, x + pad + indent, first + k * lineHeight, labelLines.get(k), colour);
            for (int i = 0; i < cellLines.size(); i++) {
                double right = x + labelWidth + (i + 1) * colWidth - pad;
                for (int k = 0; k < cellLines.get(i).size(); k++) {
                    String l = cellLines.get(i).get(k);
                    page.text(valueFont, valueSize, right - valueFont.width(l, valueSize), first + k * lineHeight, l, colour);
                }
            }
            page.line(x, y + h, x + width, y + h, 0.5, RULE);
            return y + h;
        }

        /**
         * One size per row: the widest cell decides, so the figures in a row stay alike. Words ("£89.01
         * better off") wrap instead; only a single word that still does not fit makes the row smaller.
         */
        private double fitted(Row r, Font font, double size) {
            double widest = 0;
            for (String cell : r.cells())
                for (String word : r.style() == Style.COMPARE ? cell.split(" ") : new String[] {cell})
                    widest = Math.max(widest, font.width(word, size));
            return widest > colWidth - 2 * pad ? size * (colWidth - 2 * pad) / widest : size;
        }

        double notes(Model m, ReportText t, LocalDate printedOn, double y) {
            for (String sentence : m.sentences()) y = paragraph(bold, 14, y + 14 * s, width, sentence, INK, 4) + 8 * s;
            if (m.hiddenOptions() > 0) y = paragraph(regular, 11, y + 12 * s, width, t.format("resident.more_options", m.hiddenOptions()), SOFT, 2);
            y += 6 * s;
            y = paragraph(regular, 11.5, y + 12 * s, width, t.get("resident.money_left_means"), INK, 4) + 6 * s;
            if (m.ucPaysRent()) y = paragraph(regular, 11.5, y + 12 * s, width, t.get("resident.uc_rent_note"), INK, 3) + 6 * s;
            y = paragraph(regular, 11.5, y + 12 * s, width, t.get("resident.guide"), INK, 5) + 6 * s;
            y = paragraph(regular, 11.5, y + 12 * s, width, t.get("resident.adviser_has_working"), INK, 2);
            page.text(regular, 9, x, page.height() - MARGIN + 20, t.get("resident.footer") + " · " + t.date(printedOn), SOFT);
            return y;
        }

        /** Wrapped text (size before scaling) whose first baseline is at {@code y}; returns the last baseline. */
        private double paragraph(Font f, double size, double y, double w, String text, Colour colour, int maxLines) {
            double sz = size * s;
            List<String> lines = Wrap.atMost(f, sz, text, w, maxLines);
            for (int i = 0; i < lines.size(); i++) page.text(f, sz, x, y + i * sz * 1.3, lines.get(i), colour);
            return y + (lines.size() - 1) * sz * 1.3;
        }
    }
}
