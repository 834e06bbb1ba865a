package uk.betteroff;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import uk.betteroff.cli.Main;
import uk.betteroff.rates.RatesSource;
import uk.betteroff.ui.AppStartup;
import uk.betteroff.ui.BetterOffApp;
import uk.betteroff.ui.StartupTrace;

/**
 * The one entry point of the launcher script and the installed app: the desktop app with no arguments
 * (or only {@code --rates DIR}), {@code --smoke-test} to open the main window, print the milliseconds to
 * its first frame and to the whole window's, and exit 0, and otherwise the command line. It sits above both {@code ui} and
 * {@code cli} so that the command line never depends on the desktop app (docs/design.md "Architecture").
 */
public final class Launcher {
    static final String SMOKE_TEST = "--smoke-test";
    static final String RATES = "--rates";
    static final Duration SMOKE_TEST_LIMIT = Duration.ofSeconds(60);

    private Launcher() {}

    public static void main(String[] args) {
        if (Boolean.getBoolean(StartupTrace.PROPERTY)) StartupTrace.begin(sinceProcessStart().toMillis());
        GuiRequest gui = GuiRequest.parse(args);
        if (gui == null) {
            System.exit(Main.run(args));
            return;
        }
        if (gui.ratesFolder() != null) System.setProperty(RatesSource.EXPLICIT_PROPERTY, gui.ratesFolder());
        String order = rendering(System.getenv("BETTEROFF_RENDERING"), System.getProperty("prism.order"), System.getProperty("os.name"), Files::exists);
        if (order != null) System.setProperty("prism.order", order);
        AppStartup.Milestones milestones = AppStartup.Milestones.NONE;
        if (gui.smokeTest()) {
            milestones = new AppStartup.Milestones(() -> report("first frame", System.out), () -> {
                report("whole window", System.out);
                System.exit(0);
            });
            Thread.ofPlatform().daemon().start(Launcher::smokeTestWatchdog);
        }
        AppStartup startup = AppStartup.begin(milestones);
        try {
            BetterOffApp.launchApp(startup, new String[0]);
        } catch (RuntimeException e) {
            // e.g. no display: a plain message, never a stack trace (TEAM.md standards)
            System.err.println("Better Off could not open its window: " + e.getMessage());
            System.err.println("Without a desktop, use the command line: betteroff --help");
            System.exit(1);
        }
    }

    /**
     * The renderer for JavaFX to use ({@code prism.order}), or null to leave JavaFX to choose (it tries the GPU first):
     * <ul>
     *   <li>an explicit {@code -Dprism.order} always wins (null here);</li>
     *   <li>{@code BETTEROFF_RENDERING=software} (set by IT for virtual desktops without a GPU, e.g. Citrix) is
     *       {@code sw}; {@code BETTEROFF_RENDERING=hardware} leaves JavaFX to try the GPU whatever this PC has;</li>
     *   <li>otherwise Linux with no GPU device at all (neither {@code /dev/dri} nor NVIDIA's {@code /dev/nvidiactl}:
     *       a virtual machine, a container, Xvfb) is {@code sw}. There JavaFX's try of OpenGL can only load Mesa's
     *       software OpenGL, which it then refuses ("Failed Graphics Hardware Qualifier check") before falling back
     *       to its own software renderer: going straight there saves that try at every start (installers/README.md).</li>
     * </ul>
     */
    static String rendering(String setting, String explicitOrder, String osName, Predicate<Path> exists) {
        if (explicitOrder != null) return null;
        if ("software".equalsIgnoreCase(setting)) return "sw";
        if ("hardware".equalsIgnoreCase(setting)) return null;
        boolean linux = osName != null && osName.toLowerCase(java.util.Locale.ROOT).startsWith("linux");
        if (linux && !exists.test(Path.of("/dev/dri")) && !exists.test(Path.of("/dev/nvidiactl"))) return "sw";
        return null;
    }

    /**
     * The smoke test's report: milliseconds from the process start to the main window's first frame (the
     * menus and the household form, ready for typing), then to the first frame of the whole window (the
     * comparison and the hours chart too), each with the CPU time used so far.
     */
    private static void report(String what, PrintStream out) {
        // CPU time too: on a shared machine the wall-clock figure mostly measures the wait for a core
        String cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> " (cpu " + d.toMillis() + " ms)").orElse("");
        out.println(what + " after " + sinceProcessStart().toMillis() + " ms" + cpu);
        out.flush();
    }

    /** A smoke test whose window never draws fails instead of hanging CI. */
    private static void smokeTestWatchdog() {
        try {
            Thread.sleep(SMOKE_TEST_LIMIT);
        } catch (InterruptedException e) {
            return;
        }
        System.err.println("Smoke test failed: the main window showed no frame within " + SMOKE_TEST_LIMIT.toSeconds() + " s");
        System.exit(1);
    }

    /**
     * Time since this process was started (exec of the launcher), so the figure includes the JVM's own
     * start. On Linux {@link ProcessHandle.Info#startInstant()} rests on the boot time in whole seconds
     * (up to a second out), so there it is worked from /proc: uptime now minus the process's start in
     * clock ticks since boot (both in hundredths of a second; USER_HZ is 100 on Linux).
     */
    static Duration sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of proc(5), counting from field 3 after the name
            long uptimeCentis = Long.parseLong(Files.readString(Path.of("/proc/uptime")).split(" ")[0].replace(".", ""));
            return Duration.ofMillis((uptimeCentis - startTicks) * 10);
        } catch (IOException | RuntimeException e) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(started, Instant.now());
        }
    }

    /** What the arguments ask of the desktop app; null when they are a command-line command. */
    record GuiRequest(boolean smokeTest, String ratesFolder) {
        static GuiRequest parse(String[] args) {
            boolean smoke = false;
            String rates = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals(SMOKE_TEST)) smoke = true;
                else if (args[i].equals(RATES) && i + 1 < args.length) rates = args[++i];
                else if (args[i].startsWith(RATES + "=")) rates = args[i].substring(RATES.length() + 1);
                else return null;
            }
            if (args.length > 0 && !smoke && rates == null) return null;
            return new GuiRequest(smoke, rates);
        }
    }
}
