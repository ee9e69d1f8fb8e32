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

    /** A date as readers of the site read it. */
    public String format(LocalDate date) {
        return formatter(dateFormat, language).orElseGet(() -> DateTimeFormatter.ISO_LOCAL_DATE).format(date);
    }
}
