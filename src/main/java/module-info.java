/**
 * Better Off: a better-off-in-work calculator for UK households. Packages and their one-way
 * dependencies are in DESIGN.md and held by the ArchUnit tests.
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

    exports uk.betteroff.kernel;
    exports uk.betteroff.kernel.money;
    exports uk.betteroff.kernel.rates;
    exports uk.betteroff.kernel.trace;
    exports uk.betteroff.kernel.household;
    exports uk.betteroff.kernel.result;
    exports uk.betteroff.kernel.tax;
    exports uk.betteroff.kernel.uc;
    exports uk.betteroff.kernel.hb;
    exports uk.betteroff.kernel.ctr;
    exports uk.betteroff.kernel.benefits;
    exports uk.betteroff.kernel.sweep;
    exports uk.betteroff.yaml;
    exports uk.betteroff.rates;
    exports uk.betteroff.cases;
    exports uk.betteroff.report;
    exports uk.betteroff.cli;
    exports uk.betteroff.ui;
    exports uk.betteroff.ui.settings;

    opens uk.betteroff.cli to info.picocli;
}
