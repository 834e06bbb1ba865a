package uk.betteroff.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a made-up caseload in the DESIGN.md batch format (the 19 contract columns), the same rows every
 * time for the same arguments: {@code CaseloadGenerator ROWS OUT.csv [RATES_DIR]}. A housing association's
 * mix: supported and temporary accommodation, social rent, a few owners; singles, couples and families;
 * England mostly, some Wales and Scotland; dates across the supported tax years. Council tax is payable only
 * in England, for a council whose Council Tax Reduction scheme the rates folder has ({@code ctr/<id>.yaml}),
 * on dates in 2026/27 (the years those schemes cover), so every row can be answered.
 */
public final class CaseloadGenerator {
    public static final String HEADER = "id,date,nation,council,london,tenure,rent_week,ineligible_charges_week,council_tax_year,"
            + "council_tax_liable,adult1_age,adult1_capability,adult2_age,adult2_capability,children_ages,capital,hours,hourly_wage,pay";
    private static final LocalDate FIRST = LocalDate.of(2024, 4, 8), LAST = LocalDate.of(2027, 4, 5);
    /** The English council schemes in rates/ctr/ are for 2026/27, so rows paying council tax are dated then. */
    private static final LocalDate CTR_FIRST = LocalDate.of(2026, 4, 6);
    private static final String[] PAY = {"weekly", "weekly", "fortnightly", "four_weekly", "monthly"};

    private CaseloadGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CaseloadGenerator ROWS OUT.csv [RATES_DIR]");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path rates = Path.of(args.length > 2 ? args[2] : "rates");
        write(rows, out, schemes(rates));
        System.err.println("wrote " + rows + " rows to " + out);
    }

    /** The Council Tax Reduction scheme ids in a rates folder. */
    public static List<String> schemes(Path rates) throws IOException {
        Path ctr = rates.resolve("ctr");
        if (!Files.isDirectory(ctr)) return List.of();
        try (Stream<Path> s = Files.list(ctr)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    public static void write(int rows, Path out, List<String> schemes) throws IOException {
        List<String> english = new ArrayList<>(schemes);
        english.removeAll(List.of("wales", "scotland"));
        SplittableRandom rnd = new SplittableRandom(20261201L);
        long days = LAST.toEpochDay() - FIRST.toEpochDay();
        if (english.isEmpty()) System.err.println("no English council schemes in rates/ctr: no row pays council tax");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder b = new StringBuilder(200);
            for (int i = 1; i <= rows; i++) {
                b.setLength(0);
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
                } + rnd.nextInt(100) / 100.0;
                double inel = tenure.equals("supported") && rnd.nextInt(3) == 0 ? 10 + rnd.nextInt(40) : 0;
                String scheme = nation.equals("england") && !english.isEmpty() ? english.get(rnd.nextInt(english.size())) : null;
                boolean liable = scheme != null && rnd.nextInt(10) < 8;
                if (liable) date = LocalDate.ofEpochDay(CTR_FIRST.toEpochDay() + rnd.nextLong(LAST.toEpochDay() - CTR_FIRST.toEpochDay() + 1));
                double ct = liable ? 1200 + rnd.nextInt(1400) : 0;
                boolean couple = rnd.nextInt(100) < 25;
                int kids = rnd.nextInt(100) < 35 ? 1 + rnd.nextInt(3) : 0;
                int age1 = 18 + rnd.nextInt(43);
                b.append('H').append(i).append(',').append(date).append(',').append(nation).append(',')
                        .append(nation.equals("england") ? (scheme == null ? "" : scheme) : nation.equals("wales") ? "cardiff" : "glasgow")
                        .append(',').append(rnd.nextInt(10) < 2).append(',').append(tenure).append(',')
                        .append(money(rent)).append(',').append(money(inel)).append(',').append(money(ct)).append(',').append(liable).append(',')
                        .append(age1).append(',').append(capability(rnd)).append(',');
                if (couple) b.append(Math.min(60, Math.max(18, age1 + rnd.nextInt(11) - 5))).append(',').append(capability(rnd)).append(',');
                else b.append(",,");
                for (int k = 0; k < kids; k++) b.append(k == 0 ? "" : ";").append(rnd.nextInt(18));
                b.append(',').append(rnd.nextInt(10) == 0 ? money(rnd.nextInt(20000)) : "0").append(',')
                        .append(rnd.nextInt(91) / 2.0).append(',').append(money(11.44 + rnd.nextInt(700) / 100.0)).append(',')
                        .append(PAY[rnd.nextInt(PAY.length)]).append('\n');
                w.append(b);
            }
        }
    }

    private static String capability(SplittableRandom rnd) {
        int c = rnd.nextInt(100);
        return c < 78 ? "fit" : c < 84 ? "lcw" : c < 96 ? "lcwra" : "lcwra_protected";
    }

    private static String money(double pounds) { return String.format(Locale.ROOT, "%.2f", pounds); }
}
