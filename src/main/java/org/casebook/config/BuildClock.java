package org.casebook.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The one clock of a build: "today" for date checks and every date the site shows as generated-at.
 * Time is an input like the files: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the
 * reproducible-builds convention) fixes it, so the same input gives the same bytes on any day.
 *
 * @param clock    where the build reads the time
 * @param rejected a {@code SOURCE_DATE_EPOCH} that was set but is not a whole number of seconds
 *                 (the build reports it as an error instead of silently using the real date)
 */
public record BuildClock(Clock clock, Optional<String> rejected) {

    /** The environment variable of the reproducible-builds convention. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    public BuildClock {
        rejected = rejected == null ? Optional.empty() : rejected;
    }

    /** A clock stopped at {@code instant}, dates taken in UTC (as reproducible builds do). */
    public static BuildClock fixed(Instant instant) {
        return new BuildClock(Clock.fixed(instant, ZoneOffset.UTC), Optional.empty());
    }

    /** A clock stopped at midnight UTC of {@code day}. */
    public static BuildClock fixed(LocalDate day) {
        return fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The process environment's clock: {@code SOURCE_DATE_EPOCH} when set, else the computer's. */
    public static BuildClock fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** {@code SOURCE_DATE_EPOCH} from {@code env} when set, else the computer's clock in its own time zone. */
    public static BuildClock fromEnvironment(Map<String, String> env) {
        String epoch = env.get(SOURCE_DATE_EPOCH);
        if (epoch == null || epoch.isBlank()) {
            // the only place the real time enters a build
            return new BuildClock(Clock.systemDefaultZone(), Optional.empty());
        }
        try {
            return fixed(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return new BuildClock(Clock.systemDefaultZone(), Optional.of(epoch));
        }
    }

    /** The build's "today". */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The build's "now". */
    public Instant instant() {
        return clock.instant();
    }
}
