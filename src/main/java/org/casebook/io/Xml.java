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
                default -> {
                    // characters XML 1.0 forbids would make the whole feed unreadable; a lone surrogate
                    // (from a \uD800 escape in front matter) would reach the file as '?'
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        }
                    } else if ((c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && !Character.isLowSurrogate(c)
                            && c != '\uFFFE' && c != '\uFFFF') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
