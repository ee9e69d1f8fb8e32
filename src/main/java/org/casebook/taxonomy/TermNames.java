package org.casebook.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared: NFKC (full-width letters and digits fold to half-width), lower case,
 * no surrounding or invisible spaces. "三亚ＣＢＤ " and "三亚cbd" name the same term.
 */
public final class TermNames {

    private TermNames() {
    }

    public static String normalise(String s) {
        // invisible characters go first: NFKC would turn the ideographic space U+3000 into a plain one
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isInvisible(c)) {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    /**
     * Zero-width characters, direction overrides and the ideographic, no-break and other wide spaces
     * that editors and IMEs slip into names: every format character and every space but U+0020.
     */
    public static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || (type == Character.SPACE_SEPARATOR && c != ' ') || c == '\u3000';
    }

    /** The first invisible character in {@code s}, or -1: named in a warning so the contributor can find it. */
    public static int firstInvisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isInvisible(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
