package uk.betteroff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which arguments open the desktop app and which are command-line commands (README "Command line"). */
class LauncherTest {
    private static Launcher.GuiRequest parse(String... args) { return Launcher.GuiRequest.parse(args); }

    @Test
    void noArgumentsOpenTheApp() {
        assertEquals(new Launcher.GuiRequest(false, null), parse());
    }

    @Test
    void smokeTestAndRatesOpenTheApp() {
        assertEquals(new Launcher.GuiRequest(true, null), parse("--smoke-test"));
        assertEquals(new Launcher.GuiRequest(false, "/srv/rates"), parse("--rates", "/srv/rates"));
        assertEquals(new Launcher.GuiRequest(true, "/srv/rates"), parse("--rates=/srv/rates", "--smoke-test"));
    }

    @Test
    void anythingElseIsTheCommandLine() {
        assertNull(parse("calc", "case.yaml"));
        assertNull(parse("--rates", "/srv/rates", "calc", "case.yaml"));
        assertNull(parse("--help"));
        assertNull(parse("--rates"));
    }

    @Test
    void timeSinceStartAgreesWithTheOperatingSystemsProcessStartTime() {
        long ours = Launcher.sinceProcessStart().toMillis();
        long os = java.time.Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(), java.time.Instant.now()).toMillis();
        // ProcessHandle's start time (on Linux) rests on a boot time in whole seconds: within a second of ours
        assertTrue(ours > 0 && Math.abs(ours - os) < 1_100, "ours " + ours + " ms, ProcessHandle " + os + " ms");
    }

    @Test
    void betterOffRenderingSoftwareMeansPrismOrderSwUnlessPrismOrderIsGiven() {
        java.util.function.Predicate<java.nio.file.Path> gpu = p -> true;
        assertNull(Launcher.rendering(null, null, "Linux", gpu), "a PC with a GPU: JavaFX chooses");
        assertEquals("sw", Launcher.rendering("software", null, "Linux", gpu));
        assertEquals("sw", Launcher.rendering("Software", null, "Windows 11", gpu));
        assertNull(Launcher.rendering("software", "es2", "Linux", gpu), "an explicit -Dprism.order wins");
        assertNull(Launcher.rendering(null, null, "Windows 11", p -> false), "Windows: JavaFX chooses (no device files to look at)");
    }

    /** Linux with no GPU device: straight to the software renderer, unless one of the device files is there or IT says hardware. */
    @Test
    void linuxWithNoGpuDeviceStartsWithTheSoftwareRenderer() {
        assertEquals("sw", Launcher.rendering(null, null, "Linux", p -> false));
        assertNull(Launcher.rendering(null, null, "Linux", p -> p.toString().equals("/dev/dri")), "a DRM device (Intel, AMD, Nouveau, virtio-gpu)");
        assertNull(Launcher.rendering(null, null, "Linux", p -> p.toString().equals("/dev/nvidiactl")), "NVIDIA's own driver");
        assertNull(Launcher.rendering("hardware", null, "Linux", p -> false), "BETTEROFF_RENDERING=hardware: JavaFX tries the GPU anyway");
        assertNull(Launcher.rendering(null, "es2", "Linux", p -> false), "an explicit -Dprism.order wins");
    }
}
