package org.casebook.io;

import org.casebook.diag.DiagnosticsJson;

/**
 * Makes text safe to place inside a {@code <script>} element or a {@code .js} file. HTML parsing ends
 * a script at the first {@code </script}, and before ES2019 U+2028/U+2029 ended a JavaScript string
 * literal, so {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \\uXXXX}
 * escapes, which mean the same characters to JavaScript and to JSON and nothing at all to HTML.
 * Use it for every string or JSON value a page or a script file embeds.
 */
public final class ScriptEscaper {

    private ScriptEscaper() {
    }

    /**
     * Escapes already-serialised JSON (or JavaScript) text. The five characters can only occur inside
     * string literals in JSON, where the escape means the same character, so the value is unchanged.
     */
    public static String escape(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String rep = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
    }

    /** A JSON string literal (quotes included) for {@code s}, safe in a script element and a .js file. */
    public static String stringLiteral(String s) {
        return DiagnosticsJson.string(s);
    }
}
