package uk.betteroff.cases;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** What was found in the recovery file at start-up, when the last session did not close cleanly. */
public sealed interface Recovery {
    /** The case that was being worked on, as autosaved at {@code savedAt}; {@code file} is where it was last saved, if ever. */
    record Found(CaseFile caseFile, Optional<Path> file, Instant savedAt) implements Recovery {}

    /**
     * The recovery file could not be read. It has been moved aside to {@code keptAs} (so it is not offered
     * again at every start), and {@code message} says so in words.
     */
    record Unreadable(String message, Path keptAs) implements Recovery {}
}
