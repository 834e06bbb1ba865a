package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/**
 * Issue 20's fuzz suite for rates folders: the project's rates copied and damaged (a seeded generator, the same
 * folders every run, plus each folder the issue named). Every folder is either loaded or refused with errors that
 * each name a file of the folder and a line, in words; nothing else escapes, and the app's rates source carries on
 * with the built-in rates.
 */
class RatesFolderFuzzTest {
    private static final long SEED = 59L;
    private static final List<String> NASTY = List.of("1e2147483647", "1e999999999", "1e-999999999", "-1", "~", "{}", "[]", "\"\"", "x",
            "&a 1", "*a", "2026-02-30", "9999-12-31", "\"\\e[31m\"", "[bogus-ref]", "gbp", "week", "true", "0.5", "1E+2147483648");

    @Test
    void everyDamagedFolderIsLoadedOrRefusedFileAndLineInWords(@TempDir Path tmp) throws Exception {
        List<Path> named = namedFolders(tmp);
        List<Path> folders = new ArrayList<>(named);
        Random rnd = new Random(SEED);
        List<Path> files = yamlFiles(TestRates.folder());
        for (int i = 0; i < 40; i++) {
            Path dir = copy(tmp.resolve("gen-" + i));
            Path file = dir.resolve(TestRates.folder().relativize(files.get(rnd.nextInt(files.size()))));
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            int at = rnd.nextInt(lines.size());
            String line = lines.get(at);
            switch (rnd.nextInt(4)) {
                case 0, 1 -> {
                    int colon = line.lastIndexOf(": ");
                    lines.set(at, colon < 0 ? line + NASTY.get(rnd.nextInt(NASTY.size())) : line.substring(0, colon + 2) + NASTY.get(rnd.nextInt(NASTY.size())));
                }
                case 2 -> lines.remove(at);
                default -> lines.add(at, line);
            }
            Files.write(file, lines);
            folders.add(dir);
        }
        int refused = 0;
        for (Path dir : folders) {
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loadedOrRefusedInWords(dir));
            if (!ok) refused++;
            if (named.contains(dir)) {
                RatesSource.Attempt a = RatesSource.attempt(new RatesSource.Candidate(RatesOrigin.MACHINE_FOLDER, dir));
                assertEquals(ok, a.rates().isPresent(), dir + ": the rates source agrees with the loader");
            }
        }
        assertTrue(refused > folders.size() / 2, "the damage is real: " + refused + " of " + folders.size() + " refused");
    }

    /** True when loaded; false when refused, each error naming a file of the folder, a line and why. */
    private static boolean loadedOrRefusedInWords(Path dir) {
        try {
            RatesLoader.load(dir);
            return true;
        } catch (YamlException e) {
            assertFalse(e.errors().isEmpty());
            for (YamlError err : e.errors()) {
                String folder = dir.toAbsolutePath().normalize().toString();
                assertTrue(err.file().startsWith(folder) || err.file().startsWith(dir.toString()), dir + ": the error names a file of the folder: " + err);
                assertTrue(err.line() >= 1, err.toString());
                assertFalse(err.message().isBlank(), err.toString());
                assertFalse(err.message().contains("Exception") || err.message().contains("internal error"), err.toString());
                assertTrue(err.toString().length() < 2_000, "one line, not a copy of the file: " + err.toString().length());
            }
            return false;
        }
    }

    /** The broken folders issue 20 names (each gave a stack trace once). */
    private static List<Path> namedFolders(Path tmp) throws IOException {
        List<Path> out = new ArrayList<>();
        Path noRefs = copy(tmp.resolve("value-without-refs"));
        replaceFirst(noRefs.resolve("2026-27.yaml"), "    refs: [", "    notrefs: [");
        out.add(noRefs);
        Path line = copy(tmp.resolve("a line 12 folder"));
        replaceFirst(line.resolve("2025-26.yaml"), "      - {from: 2025-04-07, value: 400.14}", "      - {from: 2025-04-07, value: 400.14}\n      - {from: 2026-04-06, value: 1}");
        out.add(line);
        Path latin1 = copy(tmp.resolve("not-utf8"));
        byte[] b = Files.readAllBytes(latin1.resolve("references.yaml"));
        byte[] bad = java.util.Arrays.copyOf(b, b.length + 6);
        System.arraycopy("#\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), 0, bad, b.length, 3);
        Files.write(latin1.resolve("references.yaml"), java.util.Arrays.copyOf(bad, b.length + 3));
        out.add(latin1);
        Path folderNamedLikeAFile = copy(tmp.resolve("folder-named-like-a-file"));
        Files.createDirectory(folderNamedLikeAFile.resolve("2027-28.yaml"));
        out.add(folderNamedLikeAFile);
        Path ctrFolderLikeAFile = copy(tmp.resolve("ctr-folder-named-like-a-file"));
        Files.createDirectory(ctrFolderLikeAFile.resolve("ctr").resolve("camden.yaml"));
        out.add(ctrFolderLikeAFile);
        try {
            Path link = copy(tmp.resolve("broken-link"));
            Files.createSymbolicLink(link.resolve("ctr").resolve("ghost.yaml"), link.resolve("nowhere.yaml"));
            out.add(link);
        } catch (UnsupportedOperationException | IOException e) {
            // no symbolic links on this file system
        }
        Path money = copy(tmp.resolve("money-out-of-range"));
        replaceFirst(money.resolve("2026-27.yaml"), "value: 12.71}", "value: 1e999999999}");
        out.add(money);
        Path huge = copy(tmp.resolve("huge-file"));
        Files.writeString(huge.resolve("2026-27.yaml"), "#" + "x".repeat(2 << 20) + "\n", StandardOpenOption.APPEND);
        out.add(huge);
        Path ctrIsAFile = copy(tmp.resolve("ctr-is-a-file"));
        try (Stream<Path> s = Files.walk(ctrIsAFile.resolve("ctr"))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Files.writeString(ctrIsAFile.resolve("ctr"), "not a folder");
        out.add(ctrIsAFile);
        Path councilId = copy(tmp.resolve("council-id"));
        Files.writeString(councilId.resolve("ctr").resolve(String.join("-", java.util.Collections.nCopies(40, "a")) + ".yaml"),
                "format: betteroff-ctr/1\ncouncil: x\n");
        out.add(councilId);
        return out;
    }

    @Test
    void theAppCarriesOnWithTheBuiltInRatesWhenTheChosenFolderIsBroken(@TempDir Path tmp) throws IOException {
        Path broken = copy(tmp.resolve("chosen"));
        replaceFirst(broken.resolve("2026-27.yaml"), "    refs: [", "    notrefs: [");
        RatesSetting chosen = new RatesSetting() {
            @Override public Optional<Path> folder() { return Optional.of(broken); }
            @Override public void choose(Path folder) {}
            @Override public void clear() {}
        };
        RatesInUse r = RatesSource.of(null, chosen, Map.of(), RatesLocation.Os.LINUX, tmp.resolve("home"), TestRates.folder()).load();
        assertEquals(RatesOrigin.BUILT_IN, r.origin());
        assertEquals(1, r.refused().size());
        assertTrue(r.refused().getFirst().problems().stream().anyMatch(p -> p.contains("2026-27.yaml:") && p.contains("missing \"refs\"")),
                r.refused().getFirst().problems().toString());
    }

    @Test
    void aRatesFolderThatIsNotAFolderIsRefusedInWords(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("rates"), "x");
        YamlException e = assertThrows(YamlException.class, () -> RatesLoader.load(file));
        assertTrue(e.getMessage().contains("not a folder of rates files"), e.getMessage());
    }

    static Path copy(Path to) throws IOException {
        Path from = TestRates.folder();
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
}
