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
        String before = System.getProperty("prism.order");
        try {
            System.clearProperty("prism.order");
            Launcher.softwareRenderingIfAsked(null);
            assertNull(System.getProperty("prism.order"));
            Launcher.softwareRenderingIfAsked("software");
            assertEquals("sw", System.getProperty("prism.order"));
            System.setProperty("prism.order", "es2");
            Launcher.softwareRenderingIfAsked("software");
            assertEquals("es2", System.getProperty("prism.order"));
        } finally {
            if (before == null) System.clearProperty("prism.order");
            else System.setProperty("prism.order", before);
        }
    }
}
