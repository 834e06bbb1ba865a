package uk.betteroff.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A moment as a person reads it: the local date and time in words ("Wednesday 2 December 2026 at 08:15"). */
final class When {
    private When() {}

    /** {@code at} in the time zone {@code zone} (the computer's), worded by the {@code when.pattern} message. */
    static String inWords(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(Messages.get("when.pattern"), Messages.locale()).format(at.atZone(zone));
    }
}
