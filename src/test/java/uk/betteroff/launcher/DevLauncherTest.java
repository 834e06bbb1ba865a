package uk.betteroff.launcher;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev launcher ({@code src/launcher/betteroff}, copied to {@code target/betteroff} by {@code mvn package}) and
 * the environment it gives the app: run here with Maven's placeholders filled in and a stand-in "java" that prints
 * its environment.
 */
class DevLauncherTest {

    /** The environment the launcher starts "java" with, given {@code env} (nothing else of this process's). */
    private static Map<String, String> launch(Path dir, Map<String, String> env) throws IOException, InterruptedException {
        String script = Files.readString(Path.of("src/launcher/betteroff"), StandardCharsets.UTF_8)
                .replace("${java.home}", "/nonexistent").replace("${project.build.finalName}", "betteroff")
                .replace("${main.module}", "m").replace("${main.class}", "c");
        Path launcher = dir.resolve("betteroff");
        Files.writeString(launcher, script);
        Path fakeJava = dir.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nenv\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "--version");
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("BETTEROFF_JAVA", fakeJava.toString());
        pb.environment().put("XDG_RUNTIME_DIR", dir.toString());   // no "bus" socket in it
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", lines));
        return lines.stream().filter(l -> l.contains("=")).collect(java.util.stream.Collectors.toMap(
                l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1), (a, b) -> b));
    }

    @Test
    void withNoSessionBusGtkKeepsItsSettingsInMemoryInsteadOfWarningAboutDconf(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        // GTK's file chooser saves its settings through dconf; with no session bus each save printed
        // "dconf-WARNING **: failed to commit changes to dconf: … dbus-launch", about fifteen lines per dialog.
        assertEquals("memory", launch(dir, Map.of()).get("GSETTINGS_BACKEND"));
    }

    @Test
    void aSessionBusOrTheUsersOwnSettingsBackendIsLeftAlone(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        assertNull(launch(dir, Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")).get("GSETTINGS_BACKEND"));
        assertEquals("dconf", launch(dir, Map.of("GSETTINGS_BACKEND", "dconf")).get("GSETTINGS_BACKEND"));
    }
}
