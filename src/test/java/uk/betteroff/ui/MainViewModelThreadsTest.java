package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.cases.CaseStore;
import uk.betteroff.testing.TestRates;

/**
 * What the main view model does off the UI thread (autosave, print-outs) and what it then shows: the status bar's
 * notice is bound to a Label, so it changes only through the UI thread's executor, never on the writing thread.
 */
class MainViewModelThreadsTest {

    /** Runs on one background thread; {@link #finish()} waits for what it was given. */
    private static ExecutorService backgroundThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "case-store-test");
            t.setDaemon(true);
            return t;
        });
    }

    private static void finish(ExecutorService background) throws InterruptedException {
        background.shutdown();
        assertTrue(background.awaitTermination(20, TimeUnit.SECONDS));
    }

    @Test
    void anAutosaveThatFailsIsSaidOnTheUiThread(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        ExecutorService background = backgroundThread();
        Queue<Runnable> uiThread = new ArrayDeque<>();
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), CaseStore.inFolder(notAFolder),
                background, uiThread::add);
        AtomicReference<Thread> setOn = new AtomicReference<>();
        vm.noticeProperty().addListener(o -> setOn.set(Thread.currentThread()));
        MainViewModelTest.enterHostelCase(vm);
        finish(background);
        assertEquals("", vm.noticeProperty().get(), "the autosave thread left the notice to the UI thread");
        assertFalse(uiThread.isEmpty());
        while (!uiThread.isEmpty()) uiThread.poll().run();   // this test's thread stands for the UI thread
        assertTrue(vm.noticeProperty().get().contains("could not be kept for recovery"), vm.noticeProperty().get());
        assertSame(Thread.currentThread(), setOn.get());
    }

    @Test
    void aPrintOutIsWrittenByTheViewModelWholeOrNotAtAllAndTheStatusBarSaysWhere(@TempDir Path dir) throws Exception {
        ExecutorService background = backgroundThread();
        Queue<Runnable> uiThread = new ArrayDeque<>();
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), CaseStore.inMemory(), background, uiThread::add);
        MainViewModelTest.enterHostelCase(vm);
        Path pdf = dir.resolve("hostel-adviser.pdf");
        Files.writeString(pdf, "an older print-out");
        AtomicReference<String> failed = new AtomicReference<>();
        assertEquals(java.util.Optional.empty(), vm.print(MainViewModel.Printout.ADVISER_REPORT, pdf, failed::set));
        finish(background);
        while (!uiThread.isEmpty()) uiThread.poll().run();
        assertNull(failed.get());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (var left = Files.list(dir)) {
            assertEquals(java.util.List.of(pdf), left.toList(), "no temporary file left beside it");
        }
        assertEquals("Print-out written to " + pdf.toAbsolutePath().normalize(), vm.noticeProperty().get());
    }

    @Test
    void aPrintOutThatCannotBeWrittenIsReportedOnTheUiThreadAndLeavesTheOldFileWhole(@TempDir Path dir) throws Exception {
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), CaseStore.inMemory(), Runnable::run, Runnable::run);
        MainViewModelTest.enterHostelCase(vm);
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        AtomicReference<String> failed = new AtomicReference<>();
        vm.print(MainViewModel.Printout.RESIDENT_SUMMARY, blocker.resolve("summary.pdf"), failed::set);
        assertNotNull(failed.get(), "the failure reaches the window");
        assertTrue(failed.get().startsWith(blocker.resolve("summary.pdf").toString()), failed.get());
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void withNoResultNothingIsPrintedAndTheReasonIsGiven(@TempDir Path dir) {
        MainViewModel vm = HostelCase.newViewModel();
        MainViewModelTest.enterHostelCase(vm);
        vm.household().rent().money().setText("lots");
        Path pdf = dir.resolve("x.pdf");
        assertEquals(java.util.Optional.of(Messages.get("dialog.no_result")), vm.print(MainViewModel.Printout.ADVISER_REPORT, pdf, m -> fail(m)));
        assertFalse(Files.exists(pdf));
    }
}
