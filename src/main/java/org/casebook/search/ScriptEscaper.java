package org.casebook.search;

/**
 * JSON string literals safe to put inside a {@code <script>} file or element: besides what JSON
 * requires, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 become {@code \}{@code uXXXX}, so no
 * text can close the script, open a comment or break a pre-2019 JavaScript string.
 */
public final class ScriptEscaper {

    private ScriptEscaper() {
    }

    /** {@code s} as a quoted JSON string. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        quote(s, b);
        return b.toString();
    }

    public static void quote(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
