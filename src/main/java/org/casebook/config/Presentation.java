package org.casebook.config;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How the site presents itself beyond its content: who publishes it, the footer's registration line,
 * and how dates read.
 *
 * @param organization the compiling or hosting unit (主办单位), shown in the footer and on the covers
 *                     of collections; empty when not set
 * @param footerNote   one more footer line, e.g. an ICP registration number (ICP 备案号); empty when not set
 * @param dateFormat   a {@link DateTimeFormatter} pattern for dates shown to readers
 * @param language     the site's language, which decides the month names of the pattern
 */
public record Presentation(String organization, String footerNote, String dateFormat, String language) {

    /** The usual date of the language: 2025年3月27日 in Chinese, 27 March 2025 in English. */
    public static String defaultDateFormat(String language) {
        return language.equals("en") ? "d MMMM yyyy" : "yyyy年M月d日";
    }

    /** Nothing set: the language's date format, no organization, no footer note. */
    public static Presentation defaults(String language) {
        return new Presentation("", "", defaultDateFormat(language), language);
    }

    /** The pattern as a formatter; empty when it is not a valid pattern (the loader reports that). */
    static Optional<DateTimeFormatter> formatter(String pattern, String language) {
        try {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, locale(language));
            f.format(LocalDate.of(2025, 3, 27)); // a pattern asking for a time of day fails only here
            return Optional.of(f);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Locale locale(String language) {
        return language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * The date pattern as the search page's script applies it to the dates of its index: the same
     * pattern when it uses only years ({@code y}, {@code u}), months ({@code M} up to four letters,
     * {@code L} as a number), days of the month ({@code d}, {@code dd}) and weekdays ({@code E} up to
     * four letters) besides quoted and other text; empty otherwise (the script then shows the ISO date).
     */
    public String scriptPattern() {
        boolean quoted = false;
        for (int i = 0; i < dateFormat.length(); ) {
            char c = dateFormat.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                i++;
                continue;
            }
            int run = 1;
            while (i + run < dateFormat.length() && dateFormat.charAt(i + run) == c) {
                run++;
            }
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!quoted && letter && !scriptable(c, run)) {
                return "";
            }
            i += run;
        }
        return formatter(dateFormat, language).isPresent() ? dateFormat : "";
    }

    private static boolean scriptable(char letter, int run) {
        return switch (letter) {
            case 'y', 'u' -> true;
            case 'M', 'E' -> run <= 4;
            case 'L', 'd' -> run <= 2;
            default -> false;
        };
    }

    /** The twelve month names for the pattern letters {@code MMMM} (full) or {@code MMM}, '|'-separated. */
    public String monthNames(boolean full) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(full ? "MMMM" : "MMM", locale(language));
        StringBuilder sb = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            sb.append(m > 1 ? "|" : "").append(f.format(LocalDate.of(2025, m, 1)));
        }
        return sb.toString();
    }

    /** The seven weekday names, Monday first, for {@code EEEE} (full) or {@code EEE}, '|'-separated. */
    public String weekdayNames(boolean full) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(full ? "EEEE" : "EEE", locale(language));
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 7; d++) {
            sb.append(d > 0 ? "|" : "").append(f.format(LocalDate.of(2025, 3, 24).plusDays(d))); // 24 March 2025 is a Monday
        }
        return sb.toString();
    }

    /** A date as readers of the site read it. */
    public String format(LocalDate date) {
        return formatter(dateFormat, language).orElseGet(() -> DateTimeFormatter.ISO_LOCAL_DATE).format(date);
    }
}
