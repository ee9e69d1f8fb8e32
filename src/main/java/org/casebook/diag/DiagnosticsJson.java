package org.casebook.diag;

import java.util.List;

/**
 * Diagnostics as JSON for CI bots and portals: one object with the counts and every diagnostic.
 * Written by hand (a handful of strings and numbers does not need a JSON library); keys are stable.
 */
public final class DiagnosticsJson {

    private DiagnosticsJson() {
    }

    public static String format(List<Diagnostic> diagnostics, boolean ok, int cases) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder sb = new StringBuilder(256 + diagnostics.size() * 200);
        sb.append("{\"ok\":").append(ok)
                .append(",\"cases\":").append(cases)
                .append(",\"errors\":").append(errors)
                .append(",\"warnings\":").append(diagnostics.size() - errors)
                .append(",\"diagnostics\":[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("{\"file\":").append(string(d.pos().file()))
                    .append(",\"line\":").append(d.pos().line())
                    .append(",\"column\":").append(d.pos().column())
                    .append(",\"severity\":").append(string(d.severity().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(",\"code\":").append(string(d.code()))
                    .append(",\"message\":").append(string(d.message()))
                    .append(",\"hint\":").append(string(d.hint()))
                    .append('}');
        }
        return sb.append("]}").toString();
    }

    /**
     * A JSON string literal (quotes included), the one escaping every JSON this project writes goes
     * through: valid JSON, and safe inside a script element or a .js file as well ({@code <}, {@code >},
     * {@code &}, U+2028/9 and lone surrogates escaped). Non-ASCII text stays as it is (UTF-8 output).
     */
    public static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A lone surrogate would be written as '?' by the UTF-8 encoder; an escape keeps the value exact. */
    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
