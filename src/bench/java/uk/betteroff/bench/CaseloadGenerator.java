package uk.betteroff.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import uk.betteroff.cases.BatchReader;
import uk.betteroff.cases.BatchRowMapper;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesLoader;

/**
 * Writes a made-up caseload in the docs/design.md batch format (the 19 contract columns), the same rows every
 * time for the same arguments and rates: {@code CaseloadGenerator ROWS OUT.csv [RATES_DIR]}. A housing
 * association's mix: supported and temporary accommodation, social rent, a few owners; singles, couples and
 * families; England mostly, some Wales and Scotland; dates across the supported tax years. About 70% of
 * English households pay council tax, to a council whose Council Tax Reduction scheme is in the rates folder;
 * a household the calculator would refuse (a scheme case not modelled yet) is written without council tax
 * instead, so every row can be answered.
 * <p>
 * With a fourth argument {@code mixed} the caseload is a council's mixed one instead (issue 18's second
 * measured caseload): half private renters with the Local Housing Allowance rate given ({@code lha_rate_month}),
 * social renters with their bedrooms, supported and temporary accommodation; half couples (either may work,
 * {@code working_adult}), six in ten with children.
 */
public final class CaseloadGenerator {
    public static final String HEADER = "id,date,nation,council,london,tenure,rent_week,ineligible_charges_week,council_tax_year,"
            + "council_tax_liable,adult1_age,adult1_capability,adult2_age,adult2_capability,children_ages,capital,hours,hourly_wage,pay";
    /** The mixed caseload's header: the contract columns and three optional ones (README "batch"). */
    public static final String MIXED_HEADER = HEADER + ",lha_rate_month,bedrooms,working_adult";
    private static final LocalDate FIRST = LocalDate.of(2024, 4, 8), LAST = LocalDate.of(2027, 4, 5);
    private static final String[] PAY = {"weekly", "weekly", "fortnightly", "four_weekly", "monthly"};
    private static final int COUNCIL = 3, CT_YEAR = 8, CT_LIABLE = 9;

    private CaseloadGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CaseloadGenerator ROWS OUT.csv [RATES_DIR [mixed]]");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path rates = Path.of(args.length > 2 ? args[2] : "rates");
        boolean mixed = args.length > 3 && args[3].equals("mixed");
        int withoutTax = write(rows, out, RatesLoader.load(rates), mixed);
        System.err.println("wrote " + rows + " rows to " + out + " (" + withoutTax + " written without council tax: their scheme case is not modelled)");
    }

    /** Writes the caseload; returns how many council-tax rows were written without council tax to keep them answerable. */
    public static int write(int rows, Path out, LoadedRates rates) throws IOException { return write(rows, out, rates, false); }

    /** As {@link #write(int, Path, LoadedRates)}; {@code mixed}: the council's mixed caseload. */
    public static int write(int rows, Path out, LoadedRates rates, boolean mixed) throws IOException {
        List<String> english = new ArrayList<>(rates.ctrSchemes().keySet().stream().sorted().toList());
        english.removeAll(List.of("wales", "scotland"));
        BetterOffCalculator calculator = new BetterOffCalculator(rates.book(), rates::ctr);
        BatchRowMapper mapper;
        String headerLine = mixed ? MIXED_HEADER : HEADER;
        try (BatchReader header = new BatchReader("header", new StringReader(headerLine + "\n"))) {
            mapper = new BatchRowMapper(header.header(), FIRST, LAST);
        }
        SplittableRandom rnd = new SplittableRandom(20261201L);
        long days = LAST.toEpochDay() - FIRST.toEpochDay();
        int withoutTax = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(headerLine);
            w.write('\n');
            for (int i = 1; i <= rows; i++) {
                String[] c = mixed ? mixedRow(i, rnd, days, english) : row(i, rnd, days, english);
                if (c[CT_LIABLE].equals("true") && !answerable(c, mapper, calculator)) {
                    c[COUNCIL] = "";
                    c[CT_YEAR] = "0.00";
                    c[CT_LIABLE] = "false";
                    withoutTax++;
                }
                w.write(String.join(",", c));
                w.write('\n');
            }
        }
        return withoutTax;
    }

    private static String[] row(int i, SplittableRandom rnd, long days, List<String> english) {
        LocalDate date = LocalDate.ofEpochDay(FIRST.toEpochDay() + rnd.nextLong(days + 1));
        int n = rnd.nextInt(100);
        String nation = n < 90 ? "england" : n < 95 ? "wales" : "scotland";
        int t = rnd.nextInt(100);
        String tenure = t < 35 ? "supported" : t < 50 ? "temporary" : t < 95 ? "social" : "owner";
        double rent = switch (tenure) {
            case "supported" -> 150 + rnd.nextInt(250);
            case "temporary" -> 150 + rnd.nextInt(300);
            case "social" -> 80 + rnd.nextInt(90);
            default -> 0;
        } + (tenure.equals("owner") ? 0 : rnd.nextInt(100) / 100.0);
        double inel = tenure.equals("supported") && rnd.nextInt(3) == 0 ? 10 + rnd.nextInt(40) : 0;
        String scheme = nation.equals("england") && !english.isEmpty() ? english.get(rnd.nextInt(english.size())) : null;
        boolean liable = scheme != null && rnd.nextInt(10) < 7;
        double ct = liable ? 1200 + rnd.nextInt(1400) : 0;
        boolean couple = rnd.nextInt(100) < 25;
        int kids = rnd.nextInt(100) < 35 ? 1 + rnd.nextInt(3) : 0;
        int age1 = 18 + rnd.nextInt(43);
        StringBuilder ages = new StringBuilder();
        String london = String.valueOf(rnd.nextInt(10) < 2);
        String cap1 = capability(rnd);
        String age2 = couple ? String.valueOf(Math.min(60, Math.max(18, age1 + rnd.nextInt(11) - 5))) : "";
        String cap2 = couple ? capability(rnd) : "";
        for (int k = 0; k < kids; k++) ages.append(k == 0 ? "" : ";").append(rnd.nextInt(18));
        String capital = rnd.nextInt(10) == 0 ? money(rnd.nextInt(20000)) : "0";
        String hours = String.valueOf(rnd.nextInt(91) / 2.0);
        String wage = money(11.44 + rnd.nextInt(700) / 100.0);
        String pay = PAY[rnd.nextInt(PAY.length)];
        String council = nation.equals("england") ? (liable ? scheme : "") : nation.equals("wales") ? "cardiff" : "glasgow";
        // a named council says whether it is in London (batch refuses a london cell that contradicts it): left empty then
        if (!council.isEmpty()) london = "";
        return new String[] {"H" + i, date.toString(), nation, council, london, tenure, money(rent), money(inel), money(ct),
                String.valueOf(liable), String.valueOf(age1), cap1, age2, cap2, ages.toString(), capital, hours, wage, pay};
    }

    /** A council's mixed caseload: private renters with LHA, couples and children more often than a housing association's. */
    private static String[] mixedRow(int i, SplittableRandom rnd, long days, List<String> english) {
        String[] c = row(i, rnd, days, english);
        int t = rnd.nextInt(100);
        String tenure = t < 50 ? "private" : t < 75 ? "social" : t < 90 ? "supported" : "temporary";
        c[5] = tenure;
        c[6] = money(switch (tenure) {
            case "private" -> 110 + rnd.nextInt(260);
            case "social" -> 80 + rnd.nextInt(90);
            default -> 150 + rnd.nextInt(250);
        } + rnd.nextInt(100) / 100.0);
        if (!tenure.equals("supported")) c[7] = "0.00";
        boolean couple = rnd.nextInt(2) == 0;
        int age1 = Integer.parseInt(c[10]);
        c[12] = couple ? String.valueOf(Math.min(60, Math.max(18, age1 + rnd.nextInt(11) - 5))) : "";
        c[13] = couple ? capability(rnd) : "";
        StringBuilder ages = new StringBuilder();
        int kids = rnd.nextInt(10) < 6 ? 1 + rnd.nextInt(4) : 0;
        for (int k = 0; k < kids; k++) ages.append(k == 0 ? "" : ";").append(rnd.nextInt(18));
        c[14] = ages.toString();
        String lha = tenure.equals("private") ? money(550 + rnd.nextInt(1000) + rnd.nextInt(100) / 100.0) : "";
        String bedrooms = tenure.equals("social") ? String.valueOf(1 + rnd.nextInt(4)) : "";
        String worker = couple && rnd.nextInt(3) == 0 ? "2" : "1";
        String[] all = java.util.Arrays.copyOf(c, c.length + 3);
        all[c.length] = lha;
        all[c.length + 1] = bedrooms;
        all[c.length + 2] = worker;
        return all;
    }

    private static boolean answerable(String[] cells, BatchRowMapper mapper, BetterOffCalculator calculator) {
        if (!(mapper.map(new BatchReader.RawRow(0, cells)) instanceof BatchRowMapper.Ready r)) return false;
        try {
            calculator.compare(r.circumstances(), List.of(r.scenario()));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String capability(SplittableRandom rnd) {
        int c = rnd.nextInt(100);
        return c < 78 ? "fit" : c < 84 ? "lcw" : c < 96 ? "lcwra" : "lcwra_protected";
    }

    private static String money(double pounds) { return String.format(Locale.ROOT, "%.2f", pounds); }
}
