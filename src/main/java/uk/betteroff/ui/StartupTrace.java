package uk.betteroff.ui;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * {@code -Dbetteroff.startup.trace=true}: prints each start-up step, with the milliseconds since the
 * process started and the thread, to standard error — to see where the time to the first frame goes
 * (installers/README.md, "Start-up").
 */
public final class StartupTrace {
    public static final String PROPERTY = "betteroff.startup.trace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static volatile long originNanos = System.nanoTime();

    private StartupTrace() {}

    /** The first step: the process has been running {@code processAgeMillis} at this moment. */
    public static void begin(long processAgeMillis) {
        originNanos = System.nanoTime() - processAgeMillis * 1_000_000;
        mark("main");
    }

    public static void mark(String step) {
        if (ON) System.err.println("startup " + (System.nanoTime() - originNanos) / 1_000_000 + " ms [" + Thread.currentThread().getName() + "]: " + step);
    }

    /**
     * The size of a window's scene graph: every node (CSS and layout visit them all), and those visible. Styled first,
     * so that controls just added count with their skins' nodes (only while tracing: it brings that work forward).
     */
    static void nodes(String step, Parent root) {
        if (!ON) return;
        root.applyCss();
        mark(step + ": " + count(root, false) + " nodes, " + count(root, true) + " visible");
    }

    private static int count(Node n, boolean visibleOnly) {
        int c = 1;
        if (n instanceof Parent p)
            for (Node child : p.getChildrenUnmodifiable()) if (!visibleOnly || child.isVisible()) c += count(child, visibleOnly);
        return c;
    }
}
