package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import uk.betteroff.cases.ResultJson;
import uk.betteroff.testing.TestRates;

/**
 * Issue 20's fuzz suite for what a person can hand the command line: malformed case files and caseload rows, made
 * from the project's own cases and a good row by a seeded generator (the same inputs every run), plus every input
 * the issue named. Each must end in an answer or a refusal in words that names its file and line, within a time
 * bound, and never in an exception, a stack trace or a lost row. A failure prints the seed and the input's number.
 */
class FuzzInputsTest {
    private static final long SEED = 20_2026L;
    /** Values that broke a reader once, or could: huge exponents, control codes, YAML's own syntax, empty and odd types. */
    static final List<String> NASTY = List.of("1e2147483647", "1e999999999", "-1e2147483647", "1e-999999999", "1E+2147483648", "0x1F", ".inf", "-.nan",
            "-1", "-0.001", "99999999999999999999999999", "12.345678901234567890123", "1_000", "~", "null", "", "''", "\"\"", "{}", "[]", "[1, 2]",
            "{a: 1}", "true", "yes", "&a x", "*a", "!!binary aGVsbG8=", "!!float 1", "\"\\e[31mred\\e]0;title\\a\"", "\"\\u202Eevil\"", "=cmd|' /C calc'!A0",
            "\"" + "x".repeat(5000) + "\"", String.join("-", java.util.Collections.nCopies(5000, "a")), "2026-02-30", "2026-13-01", "0000-01-01", "+999999999-12-31",
            "16 hours", "£250", "250,00", "\t=1+1", "@SUM(A1)", "\"a\nb\"");

    // ---- case files ----

    @Test
    void everyCaseFileEndsInAnAnswerOrALocatedRefusal(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        files.addAll(namedCaseInputs(dir));
        files.addAll(generatedCaseFiles(dir, 300));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Calc r = calcJson(files);
            String[] lines = r.out.split("\n");
            assertEquals(files.size(), lines.length, "one JSON line per case file, in order (seed " + SEED + ")\n" + r.err);
            int answered = 0;
            for (int i = 0; i < files.size(); i++) if (checkCalcLine(files.get(i), lines[i], i)) answered++;
            assertNoStackTrace(r.err);
            // the generator really damages, and not everything: most files are refused and some still answer
            assertTrue(answered > 10 && answered < files.size() / 2, answered + " of " + files.size() + " answered");
        });
    }

    /** The inputs issue 20 names for case files, each by itself. */
    static List<Path> namedCaseInputs(Path dir) throws Exception {
        String base = hostel();
        List<Path> out = new ArrayList<>();
        int n = 0;
        for (String v : List.of("1e2147483647", "1e999999999", "-1e2147483647", "1e-999999999", "1E+2147483648")) {
            out.add(write(dir, "named-rent-" + n, base.replace("amount: 250.00, per: week", "amount: " + v + ", per: week")));
            out.add(write(dir, "named-hours-" + n, base.replace("hours: 16,", "hours: " + v + ",")));
            out.add(write(dir, "named-charges-" + n, base.replace("  rent: {amount: 250.00, per: week}",
                    "  rent: {amount: 250.00, per: week}\n  ineligible_charges: {amount: " + v + ", per: week}")));
            n++;
        }
        out.add(write(dir, "named-council", base.replace("nation: england", "nation: england\ncouncil: " + String.join("-", java.util.Collections.nCopies(30_000, "a")))));
        out.add(write(dir, "named-brma", base.replace("  tenure: supported", "  tenure: private\n  brma: " + String.join("-", java.util.Collections.nCopies(30_000, "a")))));
        out.add(write(dir, "named-household-empty", "format: betteroff-case/1\ndate: 2026-07-01\nhousehold: {}\n"));
        out.add(write(dir, "named-household-no-adults", "format: betteroff-case/1\ndate: 2026-07-01\nhousehold: {children: []}\n"));
        out.add(write(dir, "named-scenario-no-name", base.replace("  - name: 16 hours\n", "  - name:\n")));
        out.add(write(dir, "named-scenario-blank-name", base.replace("  - name: 16 hours\n", "  - name: \"  \"\n")));
        out.add(write(dir, "named-escape-name", base.replaceFirst("name: [^\n]*", "name: \"\\\\e]0;retitled\\\\a\\\\e[31mred\"")));
        out.add(write(dir, "named-deep", "[".repeat(200_000)));
        out.add(write(dir, "named-alias-bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"));
        Path big = dir.resolve("named-10mb.yaml");
        Files.write(big, (base + "#" + "x".repeat(10 << 20) + "\n").getBytes(StandardCharsets.UTF_8));
        out.add(big);
        Path latin1 = dir.resolve("named-latin1.yaml");
        Files.write(latin1, base.replace("£250", "\u00a3250").getBytes(StandardCharsets.ISO_8859_1));
        out.add(latin1);
        out.add(dir.resolve("named-missing.yaml"));
        Path folder = Files.createDirectory(dir.resolve("named-folder.yaml"));
        out.add(folder);
        Path link = dir.resolve("named-broken-link.yaml");
        try {
            Files.createSymbolicLink(link, dir.resolve("nowhere"));
            out.add(link);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            // no symbolic links here (Windows without the right): the other inputs still run
        }
        if (Files.exists(Path.of("/dev/zero"))) out.add(Path.of("/dev/zero"));
        return out;
    }

    /** Case files from the project's own, each with one to three random damages. */
    static List<Path> generatedCaseFiles(Path dir, int count) throws Exception {
        List<String> bases = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/cases"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) bases.add(Files.readString(p));
        }
        Random rnd = new Random(SEED);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = bases.get(rnd.nextInt(bases.size())).getBytes(StandardCharsets.UTF_8);
            int damages = 1 + rnd.nextInt(3);
            for (int d = 0; d < damages; d++) bytes = damage(bytes, rnd);
            Path p = dir.resolve("gen-" + i + ".yaml");
            Files.write(p, bytes);
            out.add(p);
        }
        return out;
    }

    /** One damage: a value replaced by a nasty one, a line dropped, doubled or re-indented, bytes inserted, or the end cut off. */
    static byte[] damage(byte[] bytes, Random rnd) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = rnd.nextInt(lines.size());
        switch (rnd.nextInt(7)) {
            case 0, 1 -> {
                String line = lines.get(at);
                int colon = line.indexOf(": ");
                if (colon >= 0) lines.set(at, line.substring(0, colon + 2) + NASTY.get(rnd.nextInt(NASTY.size())));
                else lines.set(at, line + " " + NASTY.get(rnd.nextInt(NASTY.size())));
            }
            case 2 -> lines.remove(at);
            case 3 -> lines.add(at, lines.get(at));
            case 4 -> lines.set(at, " ".repeat(rnd.nextInt(5)) + lines.get(at).strip());
            case 5 -> {
                byte[] junk = new byte[1 + rnd.nextInt(6)];
                rnd.nextBytes(junk);
                int pos = rnd.nextInt(bytes.length + 1);
                byte[] out = new byte[bytes.length + junk.length];
                System.arraycopy(bytes, 0, out, 0, pos);
                System.arraycopy(junk, 0, out, pos, junk.length);
                System.arraycopy(bytes, pos, out, pos + junk.length, bytes.length - pos);
                return out;
            }
            default -> {
                return java.util.Arrays.copyOf(bytes, rnd.nextInt(bytes.length + 1));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** One calc --json line: an answer, a scheme case not covered (in words), or a refusal naming the file and a line. */
    static boolean checkCalcLine(Path file, String line, int i) {
        JsonNode n = ResultJson.parse(line);
        if (!n.has("error")) {
            assertTrue(n.has("scenarios") && n.has("rates_sha256"), "input " + i + " (" + file + "): an answer: " + line);
            return true;
        }
        String error = n.get("error").asString();
        assertFalse(error.contains("internal error") || error.contains("Exception") || error.contains("\tat "),
                "input " + i + " (" + file.getFileName() + "): no failure escapes as an exception: " + error);
        if (error.startsWith("Not covered: ")) return true;
        for (String each : error.split("\n")) {
            assertTrue(each.matches("\\Q" + file + "\\E:[1-9][0-9]*: .+"),
                    "input " + i + ": every refusal names the file and a line, in words: " + each);
            assertTrue(each.length() < 2_000, "input " + i + ": a refusal is a line, not a copy of the input: " + each.length() + " characters");
        }
        return false;
    }

    record Calc(int exit, String out, String err) {}

    static Calc calcJson(List<Path> files) {
        List<String> args = new ArrayList<>(List.of("calc", "--json", "--no-cliffs", "--rates", TestRates.folder().toString()));
        files.forEach(f -> args.add(f.toString()));
        StringWriter o = new StringWriter(), e = new StringWriter();
        int exit = Main.run(new PrintWriter(o), new PrintWriter(e), args.toArray(String[]::new));
        return new Calc(exit, o.toString(), e.toString());
    }

    static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("Error:"), "no stack trace on stderr:\n" + err);
        assertFalse(err.contains("\u001b"), "no raw terminal escape on stderr");
    }

    static String hostel() throws Exception { return Files.readString(Path.of("src/test/resources/cases/hostel-25plus-after-oct-2026.yaml")); }

    static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name + ".yaml");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    // ---- batch rows ----

    static final String HEADER = BatchCommandTest.HEADER;
    static final String GOOD = BatchCommandTest.HOSTEL_BEFORE + "16,12.71,weekly";

    @Test
    void everyBatchRowEndsInItsAnswerOrItsErrorAndNoRowIsLost(@TempDir Path dir) throws Exception {
        Random rnd = new Random(SEED);
        List<String> ids = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int columns = HEADER.split(",").length;
        for (int i = 0; i < 600; i++) {
            String[] cells = ("r" + i + "," + GOOD).split(",", -1);
            int damages = i % 5 == 0 ? 0 : 1 + rnd.nextInt(3);
            for (int d = 0; d < damages; d++) cells[rnd.nextInt(columns)] = NASTY.get(rnd.nextInt(NASTY.size()));
            if (i % 97 == 3) cells[3] = String.join("-", java.util.Collections.nCopies(20_000, "a"));   // the council that overflowed the regex stack
            if (i % 89 == 5) cells[0] = "=HYPERLINK(\"http://evil.example\",\"click\")";
            ids.add(cells[0]);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) csv.append(',');
                csv.append('"').append(cells[c].replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
        }
        List<List<Map<String, String>>> runs = new ArrayList<>();
        for (String threads : List.of("1", "2")) {
            BatchCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> BatchCommandTest.batch(dir, csv.toString(), "--threads", threads));
            assertNoStackTrace(r.err());
            assertEquals(ids.size(), r.rows().size(), "every row in the output, good and bad (seed " + SEED + ")");
            for (int i = 0; i < ids.size(); i++) {
                Map<String, String> row = r.rows().get(i);
                String id = row.get("id");
                assertTrue(id.equals(ids.get(i).strip()) || id.equals("'" + ids.get(i).strip()) || id.endsWith("…"),
                        "row " + i + " keeps its id, in order: " + id);
                assertFalse(id.startsWith("=") || id.startsWith("+") || id.startsWith("@") || id.startsWith("\t"),
                        "row " + i + ": no id the spreadsheet would run as a formula: " + id);
                boolean answered = !row.get("better_off_week").isEmpty();
                assertTrue(answered != !row.get("error").isEmpty(), "row " + i + ": figures or an error, not both nor neither: " + row);
                assertFalse(row.get("error").contains("internal error") || row.get("error").contains("Exception"), "row " + i + ": " + row.get("error"));
                assertTrue(row.get("error").length() < 2_000, "row " + i + ": the error is a line, not a copy of the row");
            }
            runs.add(r.rows());
            long answered = r.rows().stream().filter(row -> !row.get("better_off_week").isEmpty()).count();
            assertTrue(answered >= 100 && answered < 400, "the rows are damaged, but not all: " + answered + " answered");
        }
        assertEquals(runs.get(0), runs.get(1), "the same output on 1 and 2 threads");
    }

    @Test
    void aBrokenCaseloadFileIsRefusedWithItsLineAndKeepsTheRowsBeforeIt(@TempDir Path dir) throws Exception {
        String good = "a," + GOOD + "\n";
        Map<String, String> broken = Map.of(
                "an unclosed quote", HEADER + "\n" + good + "\"b," + GOOD + "\n" + good,
                "a cell longer than any caseload's", HEADER + "\n" + good + "c," + GOOD.replace("england", "x".repeat(300_000)) + "\n",
                "a header only", HEADER + "\n",
                "an empty file", "",
                "a header naming a column twice", HEADER + ",id\n" + good,
                "a header with no name", HEADER + ",\n" + good);
        for (var e : broken.entrySet()) {
            BatchCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> BatchCommandTest.batch(dir, e.getValue()));
            assertNoStackTrace(r.err());
            if (!e.getKey().equals("a header only")) {
                assertEquals(1, r.exit(), e.getKey() + ": " + r.err());
                assertTrue(r.err().matches("(?s).*in\\.csv:[1-9][0-9]*: .*"), e.getKey() + ": the refusal names the file and line: " + r.err());
            }
            if (e.getKey().equals("an unclosed quote") || e.getKey().equals("a cell longer than any caseload's"))
                assertEquals("a", r.rows().getFirst().get("id"), e.getKey() + ": the rows before it are written");
        }
        Path binary = dir.resolve("binary.csv");
        byte[] junk = new byte[4096];
        new Random(SEED).nextBytes(junk);
        Files.write(binary, junk);
        StringWriter o = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(o), new PrintWriter(err), "batch", binary.toString(), "--out", dir.resolve("b.csv").toString(),
                "--rates", TestRates.folder().toString());
        assertEquals(1, exit);
        assertNoStackTrace(err.toString());
    }

    @Test
    void sweepHoursWithHugeExponentsAreUsageErrorsInWords() throws Exception {
        for (String hours : List.of("0:48:1e-999999999", "0:1e2147483647:1", "1e-999999999:2:1", "0:48:1E+2147483648")) {
            CalcCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CalcCommandTest.run("sweep",
                    "src/test/resources/cases/hostel-25plus-after-oct-2026.yaml", "--scenario", "1", "--hours", hours, "--rates", TestRates.folder().toString()));
            assertEquals(2, r.exit(), hours + ": " + r.err());
            assertTrue(r.err().startsWith("betteroff sweep: --hours "), r.err());
            assertNoStackTrace(r.err());
        }
    }

    @Test
    void aFailureOutsideAnyRowsWorkIsThoseRowsErrorNotTheRuns() {
        var reader = new uk.betteroff.cases.BatchReader("in.csv", new java.io.StringReader(HEADER + "\nx," + GOOD + "\n"));
        var mapper = new uk.betteroff.cases.BatchRowMapper(reader.header(), java.time.LocalDate.MIN, java.time.LocalDate.MAX);
        BatchWork work = new BatchWork(TestRates.calculator(), mapper, false);
        BatchWork.Chunk c = work.failed(List.of(reader.next()), new StackOverflowError());
        assertEquals(1, c.failed());
        assertTrue(c.csv().startsWith("x,,,,,,,,,,,,Better Off could not answer this row (an internal error: StackOverflowError)"), c.csv());
    }
}
