package org.casebook.testing;

import java.time.LocalDate;
import org.casebook.config.BuildClock;

/** The fixed "today" of the tests: no test depends on the real date. */
public final class TestClock {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    /** The build clock stopped at {@link #TODAY}. */
    public static final BuildClock CLOCK = BuildClock.fixed(TODAY);

    /** A command line's environment whose {@code SOURCE_DATE_EPOCH} is midnight UTC of {@code day}. */
    public static java.util.Map<String, String> env(LocalDate day) {
        return java.util.Map.of(BuildClock.SOURCE_DATE_EPOCH,
                Long.toString(day.atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond()));
    }

    private TestClock() {
    }
}
