package uk.betteroff.rates;

/**
 * Where a rates folder came from, in the order the app looks (first usable one wins). The per-user and
 * per-machine folders are optional: when IT has placed nothing there they are passed over silently;
 * every other origin that names an unusable folder is refused with its reasons.
 */
public enum RatesOrigin {
    COMMAND_LINE("--rates on the command line", false),
    APP_SETTING("the rates folder chosen in Settings", false),
    ENVIRONMENT("the " + RatesLocation.ENVIRONMENT_VARIABLE + " environment variable", false),
    USER_FOLDER("the per-user rates folder", true),
    MACHINE_FOLDER("the per-machine rates folder", true),
    BUILT_IN("the rates built into Better Off", false);

    private final String description;
    private final boolean optional;

    RatesOrigin(String description, boolean optional) {
        this.description = description;
        this.optional = optional;
    }

    /** In words, for the settings view and messages ("the per-machine rates folder"). */
    public String description() { return description; }

    /** True when a missing folder here is normal (IT placed none) rather than a mistake to report. */
    boolean optional() { return optional; }
}
