package uk.betteroff.cases;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import uk.betteroff.kernel.household.Scenario;

/**
 * Run in a child JVM by {@link CaseStoreTest}: saves a case over {@code args[0]} and halts the JVM (as a
 * kill or power cut would: no finally blocks, no shutdown hooks) after the new bytes are on disk in the
 * temporary file but before the rename.
 */
public final class CrashDuringSave {
    private CrashDuringSave() {}

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        CaseFile original = CaseReader.read(target);
        CaseFile changed = CaseFile.of("Changed before the crash", original.circumstances(), List.of(new Scenario("Crash", List.of(), null, null)));
        DiskCaseStore store = new DiskCaseStore(target.getParent().resolve("data"), Clock.systemUTC(), temp -> Runtime.getRuntime().halt(137));
        store.save(changed, target);
        System.exit(0);   // not reached: the halt above stands in for the kill
    }
}
