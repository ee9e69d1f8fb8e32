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
        // two dashes of an input method are one keystroke's (——); two ASCII hyphens are not a fence at all
        boolean enough = s.length() >= 3 || s.length() == 2 && !s.equals("--");
        return enough && !s.equals("---") && s.chars().allMatch(Fences::isDash);
    }

    /** A line with nothing but spaces (full-width ones included). */
    public static boolean isBlank(String line) {
        return strip(line).isEmpty();
    }

    /** The line that starts at {@code start} in {@code text}, without its line end. */
    public static String lineAt(String text, int start) {
        int eol = text.indexOf('\n', start);
        return eol < 0 ? text.substring(start) : text.substring(start, eol);
    }

    /** Where the first line that is not blank starts (0 when the first is not). */
    public static int firstContentLine(String text) {
        int i = 0;
        while (i < text.length()) {
            int eol = text.indexOf('\n', i);
            if (!isBlank(lineAt(text, i)) || eol < 0) {
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
            if (isImeFence(lineAt(text, i))) {
                return i;
            }
            if (eol < 0) {
                return -1;
            }
            i = eol + 1;
        }
        return -1;
    }

    private static boolean isDash(int c) {
        return c == '-' || c == '\uFF0D' || c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '\u2012'
                || c == '\uFE63' || c == '\u2212' || c == '\u2500' || c == '\u2501';
    }

    private static String strip(String line) {
        return line.replace('\u3000', ' ').strip();
    }
}
