package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20 item 7 in the app: the resident print-out, the adviser report and a saved case hold a household's
 * details, so each is written the user's alone (0600), also over a file that was readable by others.
 */
@ExtendWith(ApplicationExtension.class)
class PrintedFilesAreTheUsersTest {
    private MainWindow window;
    private Path folder;

    @Start
    void start(Stage stage) throws java.io.IOException {
        folder = Files.createTempDirectory("betteroff-print-test");
        MainViewModel vm = HostelCase.newViewModel(folder.resolve("data"));
        var chart = new uk.betteroff.ui.chart.HoursChartViewModel(uk.betteroff.ui.chart.HoursChartViewModel.bundle(java.util.Locale.UK),
                java.util.concurrent.Executors.newSingleThreadExecutor(t -> {
                    Thread th = new Thread(t, "chart-test");
                    th.setDaemon(true);
                    return th;
                }), javafx.application.Platform::runLater);
        window = new MainWindow(vm, stage, null, chart, Runnable::run);   // print-outs written on the calling thread
        window.setConfirm(q -> true);
        stage.show();
    }

    @Test
    void printOutsAndSavedCasesAreTheUsersAlone(FxRobot r) throws Exception {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions (Linux, macOS)");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> window.isComplete());
        r.interact(() -> window.open(HostelCase.path()));
        WaitForAsyncUtils.waitForFxEvents();
        for (String name : new String[] {"summary.pdf", "adviser.pdf", "case.yaml"}) {
            Path file = folder.resolve(name);
            Files.writeString(file, "an older world-readable file");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            window.setSaveChooser(suggested -> file);
            r.interact(() -> {
                if (name.equals("summary.pdf")) window.print(false);
                else if (name.equals("adviser.pdf")) window.print(true);
                else window.saveAs();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(Files.size(file) > 100, name + " was written");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), name);
        }
    }
}
