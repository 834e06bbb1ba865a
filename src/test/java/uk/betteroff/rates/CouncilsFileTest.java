package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.household.Council;
import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;
import uk.betteroff.yaml.YamlTrees;

/** rates/councils.yaml: every council in Great Britain, checked against its sources, and the reader's refusals. */
class CouncilsFileTest {
    private static Map<String, String> good;
    private static final String FILE = "councils.yaml";

    @BeforeAll
    static void readRealRates() throws IOException {
        good = new TreeMap<>();
        Path dir = TestRates.folder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) good.put(p.getFileName().toString(), Files.readString(p));
        }
        try (Stream<Path> s = Files.list(dir.resolve("ctr"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) good.put("ctr/" + p.getFileName(), Files.readString(p));
        }
    }

    private static Councils councils() { return TestRates.loaded().councils(); }

    private static long count(LocalDate day, Nation nation) {
        return councils().all().stream().filter(c -> c.inForceOn(day) && c.nation() == nation).count();
    }

    @Test
    void everyNationHasItsCouncilsOnEverySupportedDate() {
        // England: "all 296 billing authorities ... in existence from the 1 April 2024" (MHCLG, Council Tax levels
        // 2024-25, technical notes, section 2), unchanged until Surrey's reorganisation on 1 April 2027.
        // Wales: 22 principal councils (Local Government (Wales) Act 1994 Sch 1). Scotland: 32 councils
        // (Local Government etc. (Scotland) Act 1994 Sch 1).
        for (String day : List.of("2024-04-08", "2025-04-07", "2026-04-06", "2027-03-31")) {
            LocalDate d = LocalDate.parse(day);
            assertEquals(296, count(d, Nation.ENGLAND), day);
            assertEquals(22, count(d, Nation.WALES), day);
            assertEquals(32, count(d, Nation.SCOTLAND), day);
        }
    }

    @Test
    void londonIsTheThirtyTwoBoroughsAndTheCity() {
        // Greater London (London Government Act 1963 s.2): 32 London boroughs and the City of London.
        List<Council> london = councils().all().stream().filter(Council::london).toList();
        assertEquals(33, london.size());
        assertTrue(london.stream().allMatch(c -> c.nation() == Nation.ENGLAND));
        assertTrue(councils().find("city-of-london").orElseThrow().london());
        assertTrue(councils().find("westminster").orElseThrow().london());
        assertFalse(councils().find("slough").orElseThrow().london(), "Slough is outside Greater London");
        assertFalse(councils().find("epping-forest").orElseThrow().london());
    }

    @Test
    void surreyBecomesTwoCouncilsOnVestingDay() {
        // surreylgrhub.org: the twelve councils dissolved on 31 March 2027; East Surrey and West Surrey from 1 April 2027.
        LocalDate vesting = LocalDate.parse("2027-04-01");
        assertEquals(296 - 11 + 2, count(vesting, Nation.ENGLAND));
        Council woking = councils().find("woking").orElseThrow();
        assertTrue(woking.inForceOn(vesting.minusDays(1)));
        assertFalse(woking.inForceOn(vesting));
        assertTrue(councils().find("east-surrey").orElseThrow().inForceOn(vesting));
        assertFalse(councils().find("west-surrey").orElseThrow().inForceOn(vesting.minusDays(1)));
    }

    @Test
    void idsAreTheNamesInLowerCaseWithHyphens() {
        assertEquals("Kingston upon Hull", councils().find("kingston-upon-hull").orElseThrow().name());
        assertEquals("City of Edinburgh", councils().find("city-of-edinburgh").orElseThrow().name());
        assertEquals("King's Lynn and West Norfolk", councils().find("kings-lynn-and-west-norfolk").orElseThrow().name());
        assertEquals(Nation.WALES, councils().find("rhondda-cynon-taf").orElseThrow().nation());
        for (Council c : councils().all()) assertEquals(CouncilsReader.idOf(c.name()), c.id());
    }

    @Test
    void olderIdsInCaseFilesStillFindTheirCouncil() {
        // docs/design.md's case format names Glasgow as "glasgow"; the council is Glasgow City Council.
        assertEquals("glasgow-city", councils().find("glasgow").orElseThrow().id());
    }

    @Test
    void everyCouncilWithASchemeFileIsInTheList() {
        for (String id : TestRates.loaded().ctrSchemes().keySet())
            if (!id.equals("wales") && !id.equals("scotland") && !id.equals(uk.betteroff.kernel.BetterOffCalculator.DEFAULT_SCHEME_ID))
                assertTrue(councils().find(id).isPresent(), "rates/ctr/" + id + ".yaml names no council in councils.yaml");
    }

    @Test
    void brmasAreThoseTheCouncilsOwnPagesName() {
        // bromley.gov.uk LHA rates from April 2024: "Inner South East London (144)" and "Outer South East London (151)".
        assertEquals(List.of("inner-south-east-london", "outer-south-east-london"), councils().find("bromley").orElseThrow().brmas());
        // Haringey: "There are 2 Broad Rental Market Areas set within Haringey ... Outer North London, Inner North London".
        assertEquals(List.of("inner-north-london", "outer-north-london"), councils().find("haringey").orElseThrow().brmas());
        // Wandsworth: "covered by two BRMAs, Inner South West London and Outer South West London".
        assertEquals(List.of("inner-south-west-london", "outer-south-west-london"), councils().find("wandsworth").orElseThrow().brmas());
        // ashford.gov.uk LHA room rates from April 2024: "Ashford BRMA [86] … Canterbury BRMA [15] … High Weald BRMA [83]".
        assertEquals(List.of("ashford", "canterbury", "high-weald"), councils().find("ashford").orElseThrow().brmas());
        // bathnes.gov.uk: "Bath & North East Somerset Council has two - Bath and Bristol".
        assertEquals(List.of("bath", "bristol"), councils().find("bath-and-north-east-somerset").orElseThrow().brmas());
        // staffordbc.gov.uk: "covered by three BRMA's: Mid Staffs, Staffordshire North and Salop" (the Shropshire BRMA).
        assertEquals(List.of("mid-staffs", "shropshire", "staffordshire-north"), councils().find("stafford").orElseThrow().brmas());
        // No council-to-BRMA table was found: every other council says not found (never inferred from a BRMA's name).
        Council edinburgh = councils().find("city-of-edinburgh").orElseThrow();
        assertFalse(edinburgh.brmasFound());
    }

    @Test
    void everyBrmaNamedIsAnAreaOfTheLhaTable() {
        // the BRMA ids follow one rule in both files (the rent officers' name in lower case with hyphens)
        var areas = TestRates.loaded().book().lha().areas();
        for (Council c : councils().all())
            for (String brma : c.brmas()) assertTrue(areas.containsKey(brma), c.id() + ": " + brma + " is not an area in rates/lha.yaml");
    }

    @Test
    void theBuildPreReadTheList() {
        // the app's start takes the tree the build read (PreReadRates) instead of parsing 400 lines of YAML
        YamlTrees builtIn = PreReadRates.builtIn();
        assertTrue(builtIn.tree(RatesLoader.sha256Hex(good.get(FILE))).isPresent(), "councils.yaml is not among the pre-read trees");
    }

    @Test
    void theBuiltInListReadLaterIsTheListReadFromItsYaml() {
        // the built-in folder, byte for byte, defers reading its 350-odd councils to their first use (the app's start)
        LoadedRates fast = RatesLoader.fromTexts(good, "rates", PreReadRates.builtIn());
        LoadedRates parsed = RatesLoader.fromTexts(good, "rates", YamlTrees.NONE);
        assertTrue(fast.councils().known());
        assertEquals(parsed.councils().all(), fast.councils().all());
        assertEquals(parsed.councils().ids(), fast.councils().ids());
        assertEquals(parsed.book().references(), fast.book().references());
        // one file changed (a council IT's new scheme file): the list is read, and checked, at once
        Map<String, String> edited = new TreeMap<>(good);
        edited.put("ctr/leds.yaml", good.get("ctr/oxford.yaml").replace("council: oxford", "council: leds"));
        YamlException e = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(edited, "rates", PreReadRates.builtIn()));
        assertTrue(e.getMessage().contains("\"leds\" is not a council in councils.yaml"), e.getMessage());
    }

    @Test
    void aFolderWithoutTheListStillLoads() {
        Map<String, String> texts = new TreeMap<>(good);
        texts.remove(FILE);
        assertFalse(RatesLoader.fromTexts(texts, "rates").councils().known());
    }

    // --- refusals, each with file and line ---

    private static YamlError onlyError(Map<String, String> texts) {
        YamlException e = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates", YamlTrees.NONE));
        assertEquals(1, e.errors().size(), () -> "expected one error, got:\n" + e.getMessage());
        return e.errors().getFirst();
    }

    private static Map<String, String> with(String from, String to) {
        Map<String, String> texts = new TreeMap<>(good);
        String text = texts.get(FILE);
        assertTrue(text.contains(from), FILE + " should contain " + from);
        texts.put(FILE, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return texts;
    }

    private static int lineOf(String needle) {
        String[] lines = good.get(FILE).split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in " + FILE);
    }

    @Test
    void anUnknownKeyIsRefusedWithFileAndLine() {
        int line = lineOf("id: leeds,");
        YamlError e = onlyError(with("id: leeds,", "id: leeds, colour: green,"));
        assertEquals("rates/councils.yaml", e.file());
        assertEquals(line, e.line());
        assertTrue(e.message().startsWith("unknown key \"colour\""), e.toString());
    }

    @Test
    void aDuplicateKeyIsRefused() {
        int line = lineOf("id: leeds,");
        YamlError e = onlyError(with("id: leeds,", "id: leeds, id: leeds,"));
        assertEquals(line, e.line());
        assertTrue(e.message().startsWith("duplicate key \"id\""), e.toString());
    }

    @Test
    void anIdThatIsNotTheNameIsRefused() {
        int line = lineOf("id: kingston-upon-hull,");
        YamlError e = onlyError(with("id: kingston-upon-hull,", "id: hull,"));
        assertEquals(line, e.line());
        assertEquals("id must be the name in lower case with hyphens: \"Kingston upon Hull\" gives kingston-upon-hull, got hull", e.message());
    }

    @Test
    void aCouncilListedTwiceIsRefused() {
        int first = lineOf("id: leeds,");
        String leeds = good.get(FILE).lines().filter(l -> l.contains("id: leeds,")).findFirst().orElseThrow();
        YamlError e = onlyError(with(leeds + "\n", leeds + "\n" + leeds + "\n"));
        assertEquals(first + 1, e.line());
        assertEquals("\"leeds\" is already a council's id or alias (line " + first + ")", e.message());
    }

    @Test
    void londonOutsideEnglandIsRefused() {
        int line = lineOf("id: cardiff,");
        YamlError e = onlyError(with("id: cardiff, name: \"Cardiff\", nation: wales, london: false", "id: cardiff, name: \"Cardiff\", nation: wales, london: true"));
        assertEquals(line, e.line());
        assertTrue(e.message().startsWith("london is true only for the London boroughs"), e.toString());
    }

    @Test
    void brmasWithoutASourceAreRefused() {
        int line = lineOf("id: leeds,");
        YamlError e = onlyError(with("id: leeds, name: \"Leeds\", nation: england, london: false, brmas: not_found",
                "id: leeds, name: \"Leeds\", nation: england, london: false, brmas: [leeds]"));
        assertEquals(line, e.line());
        assertEquals("BRMAs need their source: add refs: [id] naming where they were read", e.message());
    }

    @Test
    void aReferenceDefinedNowhereIsRefused() {
        int line = lineOf("id: bromley,");
        YamlError e = onlyError(with("refs: [bromley-brmas]", "refs: [bromley-brmas-2099]"));
        assertEquals(line, e.line());
        assertTrue(e.message().startsWith("reference \"bromley-brmas-2099\" is not defined"), e.toString());
    }

    @Test
    void aSchemeFileForNoCouncilInTheListIsRefusedAtItsCouncilLine() {
        Map<String, String> texts = new TreeMap<>(good);
        texts.put("ctr/kingston-upon-hul.yaml", good.get("ctr/oxford.yaml").replace("council: oxford", "council: kingston-upon-hul"));
        YamlError e = onlyError(texts);
        assertEquals("rates/ctr/kingston-upon-hul.yaml", e.file());
        assertEquals(lineOf(good.get("ctr/oxford.yaml"), "council: oxford"), e.line());
        assertEquals("\"kingston-upon-hul\" is not a council in councils.yaml (the file name must be the council's id): did you mean kingston-upon-hull?", e.message());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }

    @Test
    void aBrmaNotFoundMisspeltIsRefused() {
        YamlError e = onlyError(with("id: leeds, name: \"Leeds\", nation: england, london: false, brmas: not_found",
                "id: leeds, name: \"Leeds\", nation: england, london: false, brmas: unknown"));
        assertEquals(lineOf("id: leeds,"), e.line());
        assertTrue(e.message().startsWith("brmas must be a list of BRMA ids"), e.toString());
    }
}
