package uk.betteroff.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.rates.RatesLocation.Os;
import uk.betteroff.rates.RatesSetting;
import uk.betteroff.rates.RatesSource;
import uk.betteroff.testing.TestRates;

/** The rates settings as the user sees them (issue 5): what is in use, choosing a folder, refusing a bad one. */
class RatesSourceViewModelTest {
    @TempDir Path tmp;

    private Path storedSetting;
    private final RatesSetting setting = new RatesSetting() {
        @Override public Optional<Path> folder() { return Optional.ofNullable(storedSetting); }
        @Override public void choose(Path f) { storedSetting = f; }
        @Override public void clear() { storedSetting = null; }
    };

    /** Everything runs on the calling thread; no IT folders (Windows rules rooted in an empty temp folder). */
    private RatesSourceViewModel vm() {
        Map<String, String> env = Map.of("ProgramData", tmp.resolve("pd").toString(), "LOCALAPPDATA", tmp.resolve("la").toString());
        return new RatesSourceViewModel(setting, s -> RatesSource.of(null, s, env, Os.WINDOWS, tmp, TestRates.folder()), Runnable::run, Runnable::run);
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

    @Test
    void showsTheBuiltInRatesWithTheirFingerprint() {
        RatesSourceViewModel vm = vm();
        vm.load();
        assertEquals("the rates built into Better Off", vm.origin().get());
        assertEquals(TestRates.loaded().book().fingerprint(), vm.fingerprint().get());
        assertEquals(TestRates.loaded().book().files(), vm.files());
        assertTrue(vm.status().get().startsWith("Rates: built in, sha256 " + vm.fingerprint().get().substring(0, 12)), vm.status().get());
        assertTrue(vm.problems().isEmpty());
        assertFalse(vm.busy().get());
        assertFalse(vm.settingChosen().get());
    }

    @Test
    void aBadFolderIsRefusedWithItsErrorsAndNothingChanges() throws IOException {
        Path pack = copyOfRealRates(tmp.resolve("pack"));
        Files.delete(pack.resolve("references.yaml"));
        RatesSourceViewModel vm = vm();
        vm.load();
        String before = vm.folder().get();

        vm.choose(pack);

        assertEquals(before, vm.folder().get());
        assertEquals(null, storedSetting, "a refused folder is not remembered");
        assertTrue(vm.problems().get(0).startsWith("Not used: " + pack), vm.problems().toString());
        assertTrue(vm.problems().stream().anyMatch(p -> p.contains("references.yaml") && p.contains("missing")), vm.problems().toString());
    }

    @Test
    void aGoodFolderIsRememberedAndUsedUntilTheUserGoesBackToTheDefault() throws IOException {
        Path pack = copyOfRealRates(tmp.resolve("pack"));
        RatesSourceViewModel vm = vm();
        vm.load();

        vm.choose(pack);
        assertEquals(pack, storedSetting);
        assertEquals("the rates folder chosen in Settings", vm.origin().get());
        assertEquals(pack.toAbsolutePath().normalize().toString(), vm.folder().get());
        assertTrue(vm.settingChosen().get());
        assertTrue(vm.status().get().contains(pack.toString()), vm.status().get());

        vm.useDefault();
        assertEquals(null, storedSetting);
        assertEquals("the rates built into Better Off", vm.origin().get());
    }

    @Test
    void aRememberedFolderThatBreaksLaterIsReportedAtStart() throws IOException {
        storedSetting = tmp.resolve("gone");
        RatesSourceViewModel vm = vm();
        vm.load();
        assertEquals("the rates built into Better Off", vm.origin().get());
        assertTrue(vm.problems().get(0).contains("the rates folder chosen in Settings"), vm.problems().toString());
        assertTrue(vm.status().get().contains("refused"), vm.status().get());
        assertTrue(vm.inUse().get().refused().size() == 1);
    }

    /** The app starts reading the rates while JavaFX starts (BetterOffApp.startLoadingRates): what is shown is the same. */
    @Test
    void ratesAlreadyBeingReadAreShownAsIfLoadedHere() throws IOException {
        storedSetting = tmp.resolve("gone");
        RatesSourceViewModel direct = vm();
        direct.load();
        storedSetting = tmp.resolve("gone");
        RatesSourceViewModel preloaded = vm();
        Map<String, String> env = Map.of("ProgramData", tmp.resolve("pd").toString(), "LOCALAPPDATA", tmp.resolve("la").toString());
        var started = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> RatesSource.of(null, setting, env, Os.WINDOWS, tmp, TestRates.folder()).load());

        preloaded.load(started);

        assertEquals(direct.origin().get(), preloaded.origin().get());
        assertEquals(direct.fingerprint().get(), preloaded.fingerprint().get());
        assertEquals(direct.status().get(), preloaded.status().get());
        assertEquals(direct.problems(), preloaded.problems());
        assertFalse(preloaded.busy().get());
    }

    @Test
    void ratesThatFailedWhileBeingReadAreReportedWithTheirErrors() {
        RatesSourceViewModel vm = vm();
        var failed = java.util.concurrent.CompletableFuture.<uk.betteroff.rates.RatesInUse>supplyAsync(() -> {
            throw new uk.betteroff.yaml.YamlException(java.util.List.of(new uk.betteroff.yaml.YamlError("2026-27.yaml", 3, "uc.standard_allowance", "missing")));
        });

        vm.load(failed);

        assertEquals(null, vm.inUse().get());
        assertEquals("Rates: none usable (see Settings)", vm.status().get());
        assertTrue(vm.problems().stream().anyMatch(p -> p.contains("2026-27.yaml") && p.contains("missing")), vm.problems().toString());
        assertFalse(vm.busy().get());
    }

    /** Any other failure on the loading thread (here an Error, as a trimmed runtime's missing class would be) is said in words. */
    @Test
    void anyOtherFailureWhileBeingReadIsSaidInWords() {
        RatesSourceViewModel vm = vm();
        var failed = new java.util.concurrent.CompletableFuture<uk.betteroff.rates.RatesInUse>();
        failed.completeExceptionally(new NoClassDefFoundError("org/example/Missing"));

        vm.load(failed);

        assertEquals(null, vm.inUse().get());
        assertEquals("Rates: none usable (see Settings)", vm.status().get());
        assertTrue(vm.problems().stream().anyMatch(p -> p.contains("org/example/Missing")), vm.problems().toString());
        assertFalse(vm.busy().get(), "the window is not left waiting");
    }
}
