package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.rates.RatesLocation.Os;
import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlException;

/**
 * The order in which Better Off picks its rates (issue 5: built in, overridable by a folder IT places, a
 * setting in the app and --rates; a bad pack is refused with its errors and the built-in rates are used).
 * IT folders are exercised through the Windows rules, whose roots come from the environment.
 */
class RatesSourceTest {
    @TempDir Path tmp;

    /** A setting held in memory (the real one is the user's preferences). */
    static final class Remembered implements RatesSetting {
        Path folder;
        Remembered(Path folder) { this.folder = folder; }
        @Override public Optional<Path> folder() { return Optional.ofNullable(folder); }
        @Override public void choose(Path f) { folder = f; }
        @Override public void clear() { folder = null; }
    }

    private Path copyOfRealRates(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.walk(TestRates.folder())) {
            for (Path p : s.toList()) {
                Path target = to.resolve(TestRates.folder().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    /** Windows environment whose per-user and per-machine folders are under {@code tmp}. */
    private Map<String, String> windowsEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("ProgramData", tmp.resolve("ProgramData").toString());
        env.put("LOCALAPPDATA", tmp.resolve("Local").toString());
        return env;
    }

    private Path machine() { return tmp.resolve("ProgramData").resolve("BetterOff").resolve("rates"); }

    private Path user() { return tmp.resolve("Local").resolve("BetterOff").resolve("rates"); }

    private RatesInUse load(Path explicit, RatesSetting setting, Map<String, String> env) {
        return RatesSource.of(explicit, setting, env, Os.WINDOWS, tmp.resolve("home"), TestRates.folder()).load();
    }

    @Test
    void withNothingPlacedTheBuiltInRatesAreUsedQuietly() {
        RatesInUse r = load(null, new Remembered(null), windowsEnv());
        assertEquals(RatesOrigin.BUILT_IN, r.origin());
        assertEquals(TestRates.folder(), r.folder());
        assertEquals(List.of(), r.refused(), "IT folders that were never placed are not problems");
        assertEquals(TestRates.loaded().book().fingerprint(), r.fingerprint());
    }

    @Test
    void eachSourceOutranksTheOnesAfterIt() throws IOException {
        Path explicit = copyOfRealRates(tmp.resolve("explicit"));
        Path chosen = copyOfRealRates(tmp.resolve("chosen"));
        Path fromEnv = copyOfRealRates(tmp.resolve("env"));
        copyOfRealRates(user());
        copyOfRealRates(machine());
        Map<String, String> env = windowsEnv();
        env.put("BETTEROFF_RATES", fromEnv.toString());
        Remembered setting = new Remembered(chosen);

        assertEquals(RatesOrigin.COMMAND_LINE, load(explicit, setting, env).origin());
        assertEquals(chosen, load(null, setting, env).folder());
        assertEquals(RatesOrigin.APP_SETTING, load(null, setting, env).origin());
        setting.clear();
        assertEquals(RatesOrigin.ENVIRONMENT, load(null, setting, env).origin());
        env.remove("BETTEROFF_RATES");
        assertEquals(RatesOrigin.USER_FOLDER, load(null, setting, env).origin());
        assertEquals(user(), load(null, setting, env).folder());
        deleteTree(user());
        RatesInUse r = load(null, setting, env);
        assertEquals(RatesOrigin.MACHINE_FOLDER, r.origin());
        assertEquals(machine(), r.folder());
        assertEquals(List.of(), r.refused());
    }

    @Test
    void aBadPackInTheMachineFolderIsRefusedWithItsErrorsAndTheBuiltInRatesAreUsed() throws IOException {
        Path pack = copyOfRealRates(machine());
        Path year = pack.resolve("2026-27.yaml");
        Files.writeString(year, Files.readString(year).replaceFirst("uc\\.taper:", "uc.tapper:"));

        RatesInUse r = load(null, new Remembered(null), windowsEnv());

        assertEquals(RatesOrigin.BUILT_IN, r.origin());
        assertEquals(1, r.refused().size());
        RatesRefusal refusal = r.refused().get(0);
        assertEquals(RatesOrigin.MACHINE_FOLDER, refusal.origin());
        assertEquals(machine(), refusal.folder());
        // the loader's own messages, naming file and line (RatesLoaderErrorsTest holds their wording)
        assertTrue(refusal.problems().stream().anyMatch(p -> p.contains("2026-27.yaml:") && p.contains("uc.tapper")), refusal.problems().toString());
        assertTrue(refusal.problems().stream().anyMatch(p -> p.contains("missing rate uc.taper")), refusal.problems().toString());
        assertTrue(refusal.headline().contains("per-machine"), refusal.headline());
    }

    @Test
    void aRefusedSettingFallsToTheNextSourceNotStraightToTheBuiltIn() throws IOException {
        copyOfRealRates(machine());
        RatesInUse r = load(null, new Remembered(tmp.resolve("deleted-folder")), windowsEnv());
        assertEquals(RatesOrigin.MACHINE_FOLDER, r.origin());
        assertEquals(RatesOrigin.APP_SETTING, r.refused().get(0).origin());
        assertTrue(r.refused().get(0).problems().get(0).contains("not found"), r.refused().toString());
    }

    @Test
    void aMissingFolderNamedOnTheCommandLineOrInTheEnvironmentIsReported() {
        Map<String, String> env = windowsEnv();
        env.put("BETTEROFF_RATES", tmp.resolve("no-such-env-folder").toString());
        RatesInUse r = load(tmp.resolve("no-such-folder"), new Remembered(null), env);
        assertEquals(RatesOrigin.BUILT_IN, r.origin());
        assertEquals(List.of(RatesOrigin.COMMAND_LINE, RatesOrigin.ENVIRONMENT), r.refused().stream().map(RatesRefusal::origin).toList());
    }

    @Test
    void brokenBuiltInRatesAreFatalBecauseNothingIsLeftToFallBackOn() {
        RatesSource s = RatesSource.of(null, new Remembered(null), windowsEnv(), Os.WINDOWS, tmp, tmp.resolve("no-built-in"));
        assertThrows(YamlException.class, s::load);
    }

    @Test
    void itFoldersForEachOperatingSystem() {
        Path home = Path.of("/home/ann");
        assertEquals(Path.of("/etc/betteroff/rates"), RatesLocation.machineFolder(Os.LINUX, Map.of()));
        assertEquals(Path.of("/home/ann/.config/betteroff/rates"), RatesLocation.userFolder(Os.LINUX, Map.of(), home));
        assertEquals(Path.of("/xdg/betteroff/rates"), RatesLocation.userFolder(Os.LINUX, Map.of("XDG_CONFIG_HOME", "/xdg"), home));
        assertEquals(Path.of("/Library/Application Support/BetterOff/rates"), RatesLocation.machineFolder(Os.MAC, Map.of()));
        assertEquals(Path.of("/home/ann/Library/Application Support/BetterOff/rates"), RatesLocation.userFolder(Os.MAC, Map.of(), home));
        assertEquals(Path.of("/pd", "BetterOff", "rates"), RatesLocation.machineFolder(Os.WINDOWS, Map.of("ProgramData", "/pd")));
        assertEquals(Path.of("/home/ann/AppData/Local/BetterOff/rates"), RatesLocation.userFolder(Os.WINDOWS, Map.of(), home));
        assertEquals(Os.WINDOWS, Os.of("Windows 11"));
        assertEquals(Os.MAC, Os.of("Mac OS X"));
        assertEquals(Os.LINUX, Os.of("Linux"));
    }

    @Test
    void theSettingIsRememberedInTheUsersSettingsFile() throws Exception {
        Path file = tmp.resolve("BetterOff").resolve("settings.properties");
        RatesSetting s = RatesSetting.inFile(file);
        assertEquals(Optional.empty(), s.folder(), "no file yet: no setting");
        Path chosen = tmp.resolve("rates pack \\ with a backslash and ünïcode");
        s.choose(chosen);
        assertEquals(Optional.of(chosen.toAbsolutePath().normalize()), RatesSetting.inFile(file).folder(), "read back by a new run");
        s.clear();
        assertEquals(Optional.empty(), RatesSetting.inFile(file).folder());
    }

    @Test
    void aBrokenSettingsFileIsNoSetting() throws Exception {
        Path file = tmp.resolve("settings.properties");
        Files.write(file, new byte[] {'r', '=', (byte) 0xC3, (byte) 0x28});
        assertEquals(Optional.empty(), RatesSetting.inFile(file).folder(), "not UTF-8: the built-in rates are used, and Settings shows which");
        Files.writeString(file, "# nothing chosen\nother=1\n");
        assertEquals(Optional.empty(), RatesSetting.inFile(file).folder(), "no rates.folder line");
        Files.createDirectories(tmp.resolve("a folder"));
        assertEquals(Optional.empty(), RatesSetting.inFile(tmp.resolve("a folder")).folder(), "a folder in the file's place");
    }

    /** IT may write the file by hand: a Windows path is taken as written, backslashes and all. */
    @Test
    void aHandWrittenWindowsPathIsTakenAsItStands() throws Exception {
        Path file = tmp.resolve("settings.properties");
        Files.writeString(file, "# set by IT\n  rates.folder = \\\\server\\share\\betteroff-rates \n");
        assertEquals(Optional.of(Path.of("\\\\server\\share\\betteroff-rates")), RatesSetting.inFile(file).folder());
    }

    @Test
    void theSettingsFileSitsBesideTheUsersRatesFolder() {
        Path home = Path.of("/home/ann");
        assertEquals(Path.of("/home/ann/.config/betteroff/settings.properties"), RatesLocation.settingsFile(Os.LINUX, Map.of(), home));
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming/BetterOff/settings.properties"),
                RatesLocation.settingsFile(Os.WINDOWS, Map.of("APPDATA", "C:/Users/ann/AppData/Roaming", "LOCALAPPDATA", "C:/Users/ann/AppData/Local"), home),
                "Windows: the roaming profile, as the registry key before it");
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
