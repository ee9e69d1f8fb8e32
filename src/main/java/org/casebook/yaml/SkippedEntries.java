package org.casebook.yaml;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML mapping's text with some of its top-level entries blanked out. A blanked line stays, empty,
 * so every other line keeps its number and its columns.
 */
final class SkippedEntries {

    /** The word a top-level line starts with: the key it was meant to write, whether or not its colon is there. */
    private static final Pattern KEY = Pattern.compile("^[\"']?([A-Za-z_][A-Za-z0-9_-]*)");

    private final String original;
    /** Split on the first entry skipped: most front matter has none. */
    private String[] lines;
    private boolean[] blank;
    private final Set<String> keys = new TreeSet<>();
    private int count;

    SkippedEntries(String text) {
        this.original = text;
    }

    /**
     * Blanks the top-level entry holding {@code line}: from the unindented line at or before it to the
     * next unindented line. False when there is nothing new to blank, so a reader never loops.
     */
    boolean skipAround(int line) {
        split();
        int at = Math.max(0, Math.min(line, lines.length - 1));
        int start = at;
        while (start > 0 && !startsEntry(lines[start])) {
            start--;
        }
        int end = at + 1;
        while (end < lines.length && !startsEntry(lines[end])) {
            end++;
        }
        boolean changed = false;
        for (int i = start; i < end; i++) {
            if (!blank[i]) {
                blank[i] = true;
                changed = true;
                Matcher m = KEY.matcher(lines[i]);
                if (i == start && m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        if (changed) {
            count++;
        }
        return changed;
    }

    /** Blanks one line alone, an entry of its own however it is indented; false when it already was. */
    boolean skipLine(int line) {
        split();
        if (line < 0 || line >= lines.length || blank[line]) {
            return false;
        }
        blank[line] = true;
        Matcher m = KEY.matcher(lines[line].stripLeading());
        if (m.find()) {
            keys.add(m.group(1));
        }
        count++;
        return true;
    }

    private void split() {
        if (lines == null) {
            lines = original.split("\n", -1);
            blank = new boolean[lines.length];
        }
    }

    /** An unindented line that is neither a comment nor a list item: where a top-level entry begins. */
    private static boolean startsEntry(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return !Character.isWhitespace(c) && c != '#' && c != '-';
    }

    String text() {
        if (count == 0) {
            return original;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            if (!blank[i]) {
                sb.append(lines[i]);
            }
        }
        return sb.toString();
    }

    int count() {
        return count;
    }

    Set<String> keys() {
        return Set.copyOf(keys);
    }
}
