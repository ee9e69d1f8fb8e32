package org.casebook.render.page;

import java.util.Optional;

/**
 * Removes comments and whitespace from a style sheet where no reading of CSS can tell the difference:
 * a run of whitespace becomes one space, or nothing beside {@code { } ; , >} and after {@code :}; the
 * last {@code ;} of a block goes. Never around {@code +} and {@code -} ({@code calc(1px + 2px)} needs
 * them), never before {@code :} ({@code a :hover} is not {@code a:hover}) or {@code (} ({@code and (}).
 * Strings and {@code url(…)} are copied untouched. A sheet that does not scan (an unterminated comment
 * or string) is left as it is: {@link #minify} returns empty.
 */
final class CssMinifier {

    private CssMinifier() {
    }

    static Optional<String> minify(String src) {
        StringBuilder out = new StringBuilder(src.length());
        boolean space = false;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end + 2;
                // a comment separates like nothing at all, unless the two sides would then run together
                if (i < n && !out.isEmpty() && isNamePart(out.charAt(out.length() - 1)) && isNamePart(src.charAt(i))) {
                    space = true;
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
                i++;
                continue;
            }
            if (c == '}' && !out.isEmpty() && out.charAt(out.length() - 1) == ';') {
                out.setLength(out.length() - 1);
            }
            if (space && !out.isEmpty() && !dropsSpaceAfter(out.charAt(out.length() - 1)) && !dropsSpaceBefore(c)) {
                out.append(' ');
            }
            space = false;
            if (c == '"' || c == '\'') {
                int end = stringEnd(src, i);
                if (end < 0) {
                    return Optional.empty();
                }
                out.append(src, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < n) {
                // an escape is one unit with what it escapes: `.a\ {` keeps its escaped space
                out.append(src, i, i + 2);
                i += 2;
            } else if (startsWithIgnoreCase(src, i, "url(")) {
                int end = src.indexOf(')', i);
                if (end < 0) {
                    return Optional.empty();
                }
                out.append(src, i, end + 1);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(out.append('\n').toString());
    }

    private static boolean dropsSpaceAfter(char c) {
        return c == '{' || c == '}' || c == ';' || c == ',' || c == '>' || c == ':';
    }

    private static boolean dropsSpaceBefore(char c) {
        return c == '{' || c == '}' || c == ';' || c == ',' || c == '>' || c == '!';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '%' || c >= 0x80;
    }

    /** The index just past the string opening at {@code from}, or -1 when it does not end on its line. */
    private static int stringEnd(String s, int from) {
        char q = s.charAt(from);
        for (int k = from + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == q) {
                return k + 1;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
        return s.regionMatches(true, at, prefix, 0, prefix.length());
    }
}
