package uk.betteroff.rates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.betteroff.kernel.ctr.CtrScheme;
import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.LhaTable;
import uk.betteroff.kernel.rates.RateBook;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RateKeys;
import uk.betteroff.kernel.rates.RateValue;
import uk.betteroff.kernel.rates.Reference;
import uk.betteroff.kernel.rates.Unit;
import uk.betteroff.yaml.Fields;
import uk.betteroff.yaml.YNode;
import uk.betteroff.yaml.YNode.YList;
import uk.betteroff.yaml.YNode.YMap;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;
import uk.betteroff.yaml.YamlReader;
import uk.betteroff.yaml.YamlTrees;

/**
 * Reads and validates a rates folder: {@code YYYY-YY.yaml} per tax year, {@code references.yaml},
 * {@code ctr/<council>.yaml}, and (optional) {@code lha.yaml}. Refuses unknown and duplicate keys, missing values, wrong units or
 * periods, and dangling references, each error naming file, YAML path and line. Every tax-year file must
 * give every rate the kernel reads ({@link RateKeys}).
 */
public final class RatesLoader {
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})-(\\d{2})\\.yaml");
    /** Every Broad Rental Market Area's Local Housing Allowance rates ({@link LhaReader}); optional. */
    static final String LHA_FILE = "lha.yaml";
    private static final Set<String> RATE_FIELDS = Set.of("value", "values", "unit", "per", "refs", "note");

    private RatesLoader() {}

    /** Larger than any real rates file (the largest is about 30 KB): refused before it is read. */
    public static final long MAX_FILE_BYTES = 1 << 20;

    /** Loads a folder on disk; throws {@link YamlException} with every error found. */
    public static LoadedRates load(Path dir) {
        if (!Files.isDirectory(dir))
            throw new YamlException(List.of(new YamlError(dir.toString(), 1, "", "not a folder of rates files")));
        List<YamlError> unreadable = new ArrayList<>();
        Map<String, String> texts = texts(dir, unreadable);
        // a file that cannot be read is reported alone: what the others lack because of it would only repeat it
        if (!unreadable.isEmpty()) throw new YamlException(unreadable);
        return fromTexts(texts, dir.toAbsolutePath().normalize().toString());
    }

    /** A rates folder's files, name (relative to the folder, e.g. "ctr/oxford.yaml") → text, in name order. */
    static Map<String, String> texts(Path dir) {
        List<YamlError> unreadable = new ArrayList<>();
        Map<String, String> texts = texts(dir, unreadable);
        if (!unreadable.isEmpty()) throw new YamlException(unreadable);
        return texts;
    }

    /**
     * The folder's {@code .yaml} files and {@code ctr/}'s, each read only if it is a regular file of at most
     * {@link #MAX_FILE_BYTES} in UTF-8; any other (a folder or a broken link named like a rates file, a device, a huge
     * file, bytes that are not UTF-8) is added to {@code unreadable} with its file name and why, in words.
     */
    private static Map<String, String> texts(Path dir, List<YamlError> unreadable) {
        Map<String, String> texts = new TreeMap<>();
        Path folder = dir.toAbsolutePath().normalize();
        readYamlFiles(folder, "", texts, unreadable);
        Path ctr = folder.resolve("ctr");
        if (Files.isDirectory(ctr)) readYamlFiles(ctr, "ctr/", texts, unreadable);
        else if (Files.exists(ctr, java.nio.file.LinkOption.NOFOLLOW_LINKS))
            unreadable.add(new YamlError(ctr.toString(), 1, "", "ctr must be the folder of Council Tax Reduction schemes, but it is not a folder"));
        return texts;
    }

    private static void readYamlFiles(Path folder, String prefix, Map<String, String> texts, List<YamlError> unreadable) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            unreadable.add(new YamlError(folder.toString(), 1, "", "the folder could not be listed (" + e.getMessage() + ")"));
            return;
        }
        for (Path p : files) {
            try {
                texts.put(prefix + p.getFileName(), uk.betteroff.yaml.SmallFiles.readText(p, MAX_FILE_BYTES, "rates file"));
            } catch (uk.betteroff.yaml.SmallFiles.NotUtf8 e) {
                unreadable.add(new YamlError(p.toString(), e.line(), "", "a byte that is not UTF-8 text: save the file as UTF-8"));
            } catch (java.nio.file.NoSuchFileException e) {
                unreadable.add(new YamlError(p.toString(), 1, "", "gone while the folder was read"));
            } catch (IOException e) {
                unreadable.add(new YamlError(p.toString(), 1, "", e instanceof uk.betteroff.yaml.SmallFiles.Refused ? e.getMessage()
                        : "could not be read (" + e.getMessage() + ")"));
            }
        }
    }

    /**
     * Loads from file name → text (names relative to the rates folder, e.g. "2026-27.yaml", "ctr/oxford.yaml").
     * A text byte-for-byte the same as a built-in rates file takes the tree the build read from it
     * ({@link PreReadRates}); any other text is read from its YAML.
     */
    public static LoadedRates fromTexts(Map<String, String> texts, String folderName) {
        return fromTexts(texts, folderName, PreReadRates.builtIn());
    }

    /** As {@link #fromTexts(Map, String)}, taking trees only from {@code preRead} ({@link YamlTrees#NONE}: every file is parsed). */
    public static LoadedRates fromTexts(Map<String, String> texts, String folderName, YamlTrees preRead) {
        List<YamlError> errors = new ArrayList<>();
        String prefix = folderName.endsWith("/") ? folderName : folderName + "/";
        // Each file's SHA-256 (named in results, and how a pre-read tree is found) and the folder's fingerprint over
        // every name and text, in one pass over the bytes.
        Map<String, String> sha256 = new HashMap<>();
        MessageDigest all = sha256();
        for (var e : texts.entrySet()) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            sha256.put(e.getKey(), sha256Hex(bytes));
            all.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            all.update(bytes);
        }
        Map<String, Reference> references = new LinkedHashMap<>();
        Set<String> usedRefs = new HashSet<>();
        String refText = texts.get("references.yaml");
        Map<String, Integer> refLines = new HashMap<>();
        if (refText == null) errors.add(new YamlError(prefix + "references.yaml", 1, "", "missing: every rates folder needs references.yaml"));
        else {
            YNode tree = tree(prefix + "references.yaml", refText, sha256.get("references.yaml"), preRead, errors);
            if (tree != null) readReferences(prefix + "references.yaml", tree, references, refLines, errors);
        }

        List<Placed> values = new ArrayList<>();
        List<PendingRefs> pending = new ArrayList<>();
        int years = 0;
        int firstStartYear = Integer.MAX_VALUE, lastStartYear = Integer.MIN_VALUE;
        for (var e : texts.entrySet()) {
            Matcher m = YEAR_FILE.matcher(e.getKey());
            if (!m.matches()) continue;
            years++;
            lastStartYear = Math.max(lastStartYear, Integer.parseInt(m.group(1)));
            firstStartYear = Math.min(firstStartYear, Integer.parseInt(m.group(1)));
            YNode tree = tree(prefix + e.getKey(), e.getValue(), sha256.get(e.getKey()), preRead, errors);
            if (tree != null) readYear(prefix + e.getKey(), tree, m, values, pending, errors);
        }
        if (years == 0) errors.add(new YamlError(prefix, 1, "", "no tax-year files (named like 2026-27.yaml)"));
        for (PendingRefs p : pending)
            for (String ref : p.refs()) {
                usedRefs.add(ref);
                if (!references.containsKey(ref))
                    errors.add(new YamlError(p.file(), p.line(), p.path(), "reference \"" + ref + "\" is not defined in references.yaml"));
            }
        checkOverlaps(values, errors);

        DateWindow schemeWindow = years == 0 ? DateWindow.ANY : DateWindow.schemeFiles(firstStartYear, lastStartYear);
        Map<String, CtrScheme> ctr = new TreeMap<>();
        Map<String, Reference> localRefs = new LinkedHashMap<>();
        List<YamlError> unusedLocal = new ArrayList<>();
        for (var e : texts.entrySet()) {
            if (!e.getKey().startsWith("ctr/")) continue;
            String id = e.getKey().substring(4, e.getKey().length() - ".yaml".length());
            YNode tree = tree(prefix + e.getKey(), e.getValue(), sha256.get(e.getKey()), preRead, errors);
            if (tree == null) continue;
            try {
                CtrSchemeReader.Read read = CtrSchemeReader.read(prefix + e.getKey(), id, tree, schemeWindow);
                for (var ref : read.refs()) {
                    usedRefs.add(ref.id());
                    if (!references.containsKey(ref.id()))
                        errors.add(new YamlError(prefix + e.getKey(), ref.line(), ref.path(), "reference \"" + ref.id() + "\" is not defined in references.yaml"));
                }
                for (var local : read.localReferences().values()) {
                    if (references.containsKey(local.id()))
                        errors.add(new YamlError(prefix + e.getKey(), 1, "references." + local.id(),
                                "reference \"" + local.id() + "\" is already defined in references.yaml: use a new id or cite the shared one"));
                    else localRefs.put(local.id(), local);
                }
                unusedLocal.addAll(read.unusedReferences());
                ctr.put(id, read.scheme());
            } catch (YamlException ex) {
                errors.addAll(ex.errors());
            }
        }
        // The Local Housing Allowance rates of each Broad Rental Market Area: optional (an older rates folder has none,
        // and a private renter there needs the LHA rate typed); when present, as strict as the rest.
        LhaTable lha = LhaTable.NONE;
        Map<String, Reference> lhaRefs = Map.of();
        if (texts.containsKey(LHA_FILE)) {
            YNode tree = tree(prefix + LHA_FILE, texts.get(LHA_FILE), sha256.get(LHA_FILE), preRead, errors);
            if (tree != null) {
                try {
                    LhaReader.Read read = LhaReader.read(prefix + LHA_FILE, tree, schemeWindow);
                    for (String id : read.references().keySet())
                        if (references.containsKey(id))
                            errors.add(new YamlError(prefix + LHA_FILE, 1, "references." + id,
                                    "reference \"" + id + "\" is already defined in references.yaml: use a new id"));
                    lha = read.table();
                    lhaRefs = read.references();
                } catch (YamlException ex) {
                    errors.addAll(ex.errors());
                }
            }
        }
        // The built-in list, byte for byte (every file of the folder has the tree the build read, so the build's tests read
        // and checked these very bytes), is read the first time it is used instead of at the app's start: its 350-odd
        // councils were a good part of the rates' reading. Any other folder's is read, and checked, now.
        boolean builtIn = texts.keySet().stream().allMatch(name -> preRead.tree(sha256.get(name)).isPresent());
        Councils councils = readCouncils(texts, prefix, sha256, preRead, references, lhaRefs, usedRefs, localRefs, unusedLocal, errors, builtIn);
        if (!builtIn) checkSchemeCouncils(ctr.keySet(), councils, texts, prefix, errors);
        // An unused reference is reported only when everything else is sound: a broken file leaves its references unused.
        if (errors.isEmpty()) errors.addAll(unusedLocal);
        if (errors.isEmpty())
            for (var ref : references.keySet())
                if (!usedRefs.contains(ref))
                    errors.add(new YamlError(prefix + "references.yaml", refLines.get(ref), "references." + ref, "reference \"" + ref + "\" is defined but never used"));
        if (!errors.isEmpty()) throw new YamlException(errors);

        List<String> files = new ArrayList<>();
        for (var name : texts.keySet()) files.add(name + " sha256:" + sha256.get(name));
        references.putAll(localRefs);
        references.putAll(lhaRefs);
        // The last tax year with a file ends on 5 April of the next year: no rate may be assumed to run on past it.
        LocalDate lastDay = LocalDate.of(lastStartYear + 1, 4, 5);
        RateBook book = new RateBook(values.stream().map(Placed::value).toList(), references, HexFormat.of().formatHex(all.digest()), files, lastDay, lha);
        return new LoadedRates(book, ctr, folderName, councils);
    }

    /**
     * An English scheme file must be a council in the list (a misspelt file name would otherwise never be used):
     * refused at its {@code council:} line with the nearest ids. The Welsh and Scottish national schemes are not councils,
     * nor is the Default Scheme file an estimate is made from ({@link uk.betteroff.kernel.BetterOffCalculator#DEFAULT_SCHEME_ID}).
     */
    private static void checkSchemeCouncils(Set<String> schemeIds, Councils councils, Map<String, String> texts, String prefix, List<YamlError> errors) {
        if (!councils.known()) return;
        for (String id : schemeIds) {
            if (id.equals("wales") || id.equals("scotland") || id.equals(uk.betteroff.kernel.BetterOffCalculator.DEFAULT_SCHEME_ID)
                    || councils.find(id).isPresent()) continue;
            String file = "ctr/" + id + ".yaml";
            errors.add(new YamlError(prefix + file, lineOf(texts.get(file), "council:"), "council",
                    "\"" + id + "\" is not a council in councils.yaml (the file name must be the council's id)"
                            + (councils.nearest(id).isEmpty() ? "" : ": did you mean " + String.join(" or ", councils.nearest(id)) + "?")));
        }
    }

    /** The 1-based line where a top-level key starts, or 1. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(key)) return i + 1;
        return 1;
    }

    /**
     * {@code councils.yaml}, every council in Great Britain ({@link CouncilsReader}); {@link Councils#NONE} for a folder
     * without one (a rates pack written before the list: its councils are then checked only against its CTR schemes).
     */
    private static Councils readCouncils(Map<String, String> texts, String prefix, Map<String, String> sha256, YamlTrees preRead,
                                         Map<String, Reference> references, Map<String, Reference> lhaRefs, Set<String> usedRefs,
                                         Map<String, Reference> localRefs,
                                         List<YamlError> unusedLocal, List<YamlError> errors, boolean builtIn) {
        String text = texts.get(CouncilsReader.FILE);
        if (text == null) return Councils.NONE;
        String file = prefix + CouncilsReader.FILE;
        YNode tree = tree(file, text, sha256.get(CouncilsReader.FILE), preRead, errors);
        if (tree == null) return Councils.NONE;
        if (builtIn) {
            // its own references still join the rate book's now (the same book either way); the list waits
            localRefs.putAll(CouncilsReader.references(file, tree));
            for (var ref : CouncilsReader.sharedRefs(tree)) usedRefs.add(ref);
            return Councils.readLater(() -> CouncilsReader.read(file, tree).councils());
        }
        try {
            CouncilsReader.Read read = CouncilsReader.read(file, tree);
            for (var ref : read.refs()) {
                usedRefs.add(ref.id());
                if (!references.containsKey(ref.id()))
                    errors.add(new YamlError(file, ref.line(), ref.path(), "reference \"" + ref.id() + "\" is not defined in references.yaml or in this file's references"));
            }
            for (var local : read.localReferences().values()) {
                if (references.containsKey(local.id()) || localRefs.containsKey(local.id()) || lhaRefs.containsKey(local.id()))
                    errors.add(new YamlError(file, 1, "references." + local.id(),
                            "reference \"" + local.id() + "\" is already defined in references.yaml, lha.yaml or a scheme file: use a new id or cite that one"));
                else localRefs.put(local.id(), local);
            }
            unusedLocal.addAll(read.unusedReferences());
            return read.councils();
        } catch (YamlException ex) {
            errors.addAll(ex.errors());
            return Councils.NONE;
        }
    }

    private record PendingRefs(String file, int line, String path, List<String> refs) {}

    /** A value read, with the file and line it was read from (kept apart from its source text, which is for people). */
    private record Placed(RateValue value, String file, int line) {}

    /** The file's tree: the one read by the build from this very text, else parsed now; null (its errors added) if it is not YAML. */
    private static YNode tree(String file, String text, String sha256, YamlTrees preRead, List<YamlError> errors) {
        var known = preRead.tree(sha256);
        if (known.isPresent()) return known.get();
        try {
            return YamlReader.read(file, text);
        } catch (YamlException ex) {
            errors.addAll(ex.errors());
            return null;
        }
    }

    private static void readReferences(String file, YNode tree, Map<String, Reference> out, Map<String, Integer> lines, List<YamlError> errors) {
        Fields f = new Fields(file);
        YMap root = f.map(tree);
        if (root != null) {
            f.allowOnly(root, List.of("format", "references"));
            String format = f.text(f.required(root, "format"));
            if (format != null && !format.equals("betteroff-references/1")) f.error(root.entries().get("format"), "format must be betteroff-references/1, got " + format);
            YMap refs = f.map(f.required(root, "references"));
            if (refs != null) CtrSchemeReader.readReferences(f, refs, out, lines);
        }
        errors.addAll(f.errors());
    }

    private static void readYear(String file, YNode tree, Matcher name, List<Placed> out, List<PendingRefs> pending, List<YamlError> errors) {
        Fields f = new Fields(file);
        YMap root = f.map(tree);
        if (root == null) { errors.addAll(f.errors()); return; }
        f.allowOnly(root, List.of("format", "tax_year", "rates"));
        String format = f.text(f.required(root, "format"));
        if (format != null && !format.equals("betteroff-rates/1")) f.error(root.entries().get("format"), "format must be betteroff-rates/1, got " + format);
        String expectedYear = name.group(1) + "-" + name.group(2);
        String taxYear = f.text(f.required(root, "tax_year"));
        if (taxYear != null && !taxYear.equals(expectedYear))
            f.error(root.entries().get("tax_year"), "tax_year must match the file name (" + expectedYear + "), got " + taxYear);
        int startYear = Integer.parseInt(name.group(1));
        if ((startYear + 1) % 100 != Integer.parseInt(name.group(2)))
            f.error(1, "", "a tax-year file is named like 2026-27.yaml (consecutive years)");
        LocalDate yearStart = LocalDate.of(startYear, 4, 6);
        YMap rates = f.map(f.required(root, "rates"));
        if (rates != null) {
            Set<String> seen = new HashSet<>();
            for (var e : rates.entries().entrySet()) {
                int keyLine = rates.keyLines().get(e.getKey());
                var key = RateKeys.byId(e.getKey());
                if (key.isEmpty()) {
                    f.error(keyLine, e.getValue().path(), "unknown rate id \"" + e.getKey() + "\" (the kernel reads no such rate)");
                    continue;
                }
                seen.add(e.getKey());
                readRate(f, file, key.get(), e.getValue(), keyLine, yearStart, DateWindow.taxYearFile(startYear), out, pending);
            }
            for (RateKey k : RateKeys.all())
                if (!seen.contains(k.id())) f.error(rates.line(), "rates." + k.id(), "missing rate " + k.id() + " (" + k.description() + ")");
        }
        errors.addAll(f.errors());
    }

    private static void readRate(Fields f, String file, RateKey key, YNode node, int keyLine, LocalDate yearStart, DateWindow window,
                                 List<Placed> out, List<PendingRefs> pending) {
        YMap m = f.map(node);
        if (m == null) return;
        f.allowOnly(m, RATE_FIELDS);
        String unitText = f.text(f.required(m, "unit"));
        Unit unit = unitText == null ? null : Unit.fromYaml(unitText);
        if (unitText != null && unit == null) f.error(m.entries().get("unit"), "unknown unit \"" + unitText + "\" (gbp, rate, gbp_per_hour, hours, years, count, flag, date)");
        else if (unit != null && unit != key.unit())
            f.error(m.entries().get("unit"), "wrong unit: " + key.id() + " is " + key.unit().yamlName() + ", got " + unitText);
        var perNode = f.optional(m, "per");
        if (key.unit() == Unit.GBP) {
            if (perNode.isEmpty()) f.error(keyLine, m.path() + ".per", "missing \"per\": a money rate needs its period (" + key.per().yamlName() + ")");
            else {
                String per = f.text(perNode.get());
                if (per != null && Period.fromYaml(per) != key.per())
                    f.error(perNode.get(), "wrong period: " + key.id() + " is per " + key.per().yamlName() + ", got " + per);
            }
        } else if (perNode.isPresent()) f.error(perNode.get(), "only money rates have \"per\"");
        String note = f.optional(m, "note").map(f::text).orElse(null);
        YList refs = f.list(f.required(m, "refs"));
        List<String> refIds = new ArrayList<>();
        if (refs != null) {
            if (refs.items().isEmpty()) f.error(refs, "every rate needs at least one reference");
            for (YNode r : refs.items()) {
                String id = f.text(r);
                if (id != null) refIds.add(id);
            }
            pending.add(new PendingRefs(file, refs.line(), refs.path(), refIds));
        }
        var value = f.optional(m, "value");
        var values = f.optional(m, "values");
        if (value.isPresent() == values.isPresent()) {
            f.error(keyLine, m.path(), "give exactly one of \"value\" or \"values\"");
            return;
        }
        if (value.isPresent()) {
            Object v = typed(f, key, value.get());
            if (v != null) out.add(new Placed(new RateValue(key, yearStart, v, refIds, file + " line " + value.get().line(), note), file, value.get().line()));
            return;
        }
        YList list = f.list(values.get());
        if (list == null) return;
        if (list.items().isEmpty()) f.error(list, "\"values\" needs at least one {from, value}");
        LocalDate previous = null;
        for (YNode item : list.items()) {
            YMap im = f.map(item);
            if (im == null) continue;
            f.allowOnly(im, List.of("from", "value"));
            LocalDate from = f.date(f.required(im, "from"));
            if (from != null && !window.holds(from)) {
                f.error(im.entries().get("from"), window.refusal(from));
                from = null;
            }
            YNode vn = f.required(im, "value");
            Object v = vn == null ? null : typed(f, key, vn);
            if (from != null && previous != null && !from.isAfter(previous))
                f.error(im, "dates must increase: " + from + " is not after " + previous);
            if (from != null) previous = from;
            if (from != null && v != null) out.add(new Placed(new RateValue(key, from, v, refIds, file + " line " + vn.line(), note), file, vn.line()));
        }
    }

    private static Object typed(Fields f, RateKey key, YNode n) {
        return switch (key.unit()) {
            case FLAG -> f.bool(n);
            case DATE -> f.date(n);
            case RATE -> f.number(n, key.id(), BigDecimal.ZERO, BigDecimal.ONE);
            case COUNT, YEARS -> f.integer(n, key.id(), 0, 1000) == null ? null : f.number(n);
            default -> {
                BigDecimal v = f.number(n);
                if (v != null && v.signum() < 0) {
                    f.error(n, key.id() + " cannot be negative, got " + v.toPlainString());
                    yield null;
                }
                yield v;
            }
        };
    }

    /** Two files giving the same rate from the same date is a conflict. */
    private static void checkOverlaps(List<Placed> values, List<YamlError> errors) {
        Map<String, Placed> seen = new HashMap<>();
        for (Placed p : values) {
            RateValue v = p.value();
            Placed before = seen.putIfAbsent(v.key().id() + "@" + v.from(), p);
            if (before != null)
                errors.add(new YamlError(p.file(), p.line(), "rates." + v.key().id(),
                        "conflicting value for " + v.key().id() + " from " + v.from() + " (also in " + before.file() + " line " + before.line() + ")"));
        }
    }

    /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex: how each rates file is named in results and in the pre-read trees. */
    static String sha256Hex(String text) { return sha256Hex(text.getBytes(StandardCharsets.UTF_8)); }

    private static String sha256Hex(byte[] bytes) { return HexFormat.of().formatHex(sha256().digest(bytes)); }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
