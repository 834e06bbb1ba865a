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
    requires org.controlsfx.controls;
    requires java.prefs;

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
