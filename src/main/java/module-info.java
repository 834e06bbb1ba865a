/**
 * Better Off: a better-off-in-work calculator for UK households. Packages and their one-way
 * dependencies are in docs/design.md and held by the ArchUnit tests.
 */
module uk.betteroff {
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires tools.jackson.dataformat.csv;
    requires info.picocli;
    requires javafx.controls;
    // the print-outs: PDFBox 3 (automatic modules; the installer gives them module declarations, pom.xml)
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    // PDFBox logs through Commons Logging, a named module; PDFBox as an automatic module (dev launcher,
    // tests) cannot pull it into the module graph, so the app does.
    requires org.apache.commons.logging;
    // and PDFBox frees buffers through sun.misc.Unsafe, found by reflection (else a SEVERE log at start)
    requires jdk.unsupported;

    // Nothing is exported for other code to build on: the app is the only user of its packages. JavaFX makes
    // the Application class (ui.BetterOffApp) itself, so that package is exported to it alone; picocli fills the
    // command classes' options by reflection. (The tests run inside this module; the benchmarks on the class path.)
    exports uk.betteroff.ui to javafx.graphics;

    opens uk.betteroff.cli to info.picocli;
}
