package org.casebook.io;

/** Escaping for text written into XML and SVG by Java code (templates escape by themselves). */
public final class Xml {

    private Xml() {
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> i = appendAllowed(sb, s, i);
            }
        }
        return sb.toString();
    }

    /**
     * Appends the character of {@code s} at {@code i} when XML 1.0 allows it, and returns the index of
     * the last character read. A forbidden one (most controls, U+FFFE, U+FFFF) would make the whole
     * file unreadable; a surrogate pair is kept whole, a lone half of one dropped (written out, it
     * would become '?'). Every XML writer of the project, feeds and Word documents alike, uses this rule.
     */
    public static int appendAllowed(StringBuilder sb, String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(i + 1));
                return i + 1;
            }
        } else if ((c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && !Character.isLowSurrogate(c)
                && c != '\uFFFE' && c != '\uFFFF') {
            sb.append(c);
        }
        return i;
    }
}
