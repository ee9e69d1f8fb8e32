package org.casebook.fix;

/**
 * The {@code ---} lines around a case's front matter, as contributors type them: with spaces after
 * (ASCII or full-width, which no reader sees), after blank lines, or with a Chinese input method's
 * dashes ({@code ———}, {@code －－－}), which look the same and are not.
 */
public final class Fences {

    private Fences() {
    }

    /** A fence: three hyphens, whatever spaces surround them. */
    public static boolean isFence(String line) {
        return strip(line).equals("---");
    }

    /** Three or more dashes of any kind but not a fence: what a Chinese input method makes of {@code ---}. */
    public static boolean isImeFence(String line) {
        String s = strip(line);
        if (s.isEmpty() || isFence(line)) {
            return false;
        }
        int dashes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isDash(s.charAt(i))) {
                return false;
            }
            dashes++;
        }
        return dashes >= 2 && s.chars().anyMatch(c -> c != '-') || dashes >= 3;
    }

    /** Where the first line that is not blank starts (0 when the first is not). */
    public static int firstContentLine(String text) {
        int i = 0;
        while (i < text.length()) {
            int eol = text.indexOf('\n', i);
            String line = eol < 0 ? text.substring(i) : text.substring(i, eol);
            if (!strip(line).isEmpty() || eol < 0) {
                return i;
            }
            i = eol + 1;
        }
        return i;
    }

    /** The start of the first input-method fence from {@code from} on, or -1. */
    public static int findImeFence(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int eol = text.indexOf('\n', i);
            if (isImeFence(eol < 0 ? text.substring(i) : text.substring(i, eol))) {
                return i;
            }
            if (eol < 0) {
                return -1;
            }
            i = eol + 1;
        }
        return -1;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\uFF0D' || c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '\u2012'
                || c == '\uFE63' || c == '\u2212' || c == '\u2500' || c == '\u2501';
    }

    private static String strip(String line) {
        return line.replace('\u3000', ' ').strip();
    }
}
