package org.casebook.fix;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.taxonomy.TaxonomyKind;

/**
 * Front matter typed on a Chinese keyboard, repaired one line at a time: {@code park：洋浦} (full-width
 * colon), {@code park:　洋浦} (full-width space after the colon), {@code theme: [组织建设，党员教育]} or {@code theme: 组织建设、党员教育} (Chinese separators in a
 * list of terms), and {@code date: 2024年3月5日} or {@code 2024/3/5} (not ISO). A line that needs none
 * of these comes back unchanged; a date that does not exist is left for {@code check} to report.
 */
public final class FrontMatterSlips {

    /** Fields whose value is a list of terms or keywords: only there is a Chinese comma a separator. */
    static final Set<String> LIST_FIELDS = Stream.concat(TaxonomyKind.keys().stream(), Stream.of("keywords"))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern FULL_COLON = Pattern.compile("^(\\s*)([A-Za-z_][A-Za-z0-9_-]*)[ \\t\\u3000]*：[ \\t\\u3000]*");
    private static final Pattern WIDE_SPACE = Pattern.compile("^(\\s*)([A-Za-z_][A-Za-z0-9_-]*):\u3000+");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*):[ \\t]*(.*)$");
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?|[/.\\-](\\d{1,2})[/.\\-](\\d{1,2}))$");

    private FrontMatterSlips() {
    }

    /** What to write instead of one front matter line, and which slips that repairs (empty when none). */
    public record Repair(String line, Set<String> slips) {
    }

    public static Repair repair(String line) {
        String out = line;
        java.util.TreeSet<String> slips = new java.util.TreeSet<>();
        Matcher c = FULL_COLON.matcher(out);
        if (c.find()) {
            out = c.group(1) + c.group(2) + ": " + out.substring(c.end());
            slips.add("fix.fullwidth-colon");
        }
        Matcher w = WIDE_SPACE.matcher(out);
        if (w.find()) {
            out = w.group(1) + w.group(2) + ": " + out.substring(w.end());
            slips.add("fix.fullwidth-space");
        }
        Matcher f = FIELD.matcher(out);
        if (f.matches()) {
            String key = f.group(1);
            String value = f.group(2);
            String stripped = stripComment(value).strip();
            if (LIST_FIELDS.contains(key)) {
                Optional<String> list = list(stripped);
                if (list.isPresent()) {
                    out = key + ": " + list.get();
                    slips.add("fix.list-separator");
                }
            } else if (key.equals("date")) {
                Optional<String> iso = isoDate(unquote(stripped));
                if (iso.isPresent() && !iso.get().equals(stripped)) {
                    out = key + ": " + iso.get();
                    slips.add("fix.date");
                }
            }
        }
        return new Repair(out, slips);
    }

    /** {@code [a，b]}, {@code a、b}, {@code a，b} → {@code [a, b]}; empty when the value has no Chinese separator. */
    static Optional<String> list(String value) {
        if (value.indexOf('，') < 0 && value.indexOf('、') < 0 && value.indexOf('；') < 0) {
            return Optional.empty();
        }
        String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        String joined = Arrays.stream(inner.split("[，、；,]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        return Optional.of("[" + joined + "]");
    }

    /** {@code 2024年3月5日}, {@code 2024/3/5}, {@code 2024.3.5}, {@code 2024-3-5} → {@code 2024-03-05}, when the date exists. */
    public static Optional<String> isoDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        try {
            return Optional.of(LocalDate.of(y, mo, d).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }

    /** The value without a trailing {@code # comment} (a # after a space starts one in YAML). */
    private static String stripComment(String value) {
        int i = value.indexOf(" #");
        return i < 0 ? value : value.substring(0, i);
    }
}
