package org.casebook.word;

import org.casebook.io.Xml;

/**
 * Text and attribute values written into WordprocessingML. Characters XML 1.0 forbids (most
 * controls, lone surrogates, U+FFFE/U+FFFF) are dropped: one of them would make Word refuse the
 * whole document. That also keeps {@link #MARK} and {@link #END} out of any text, so they can stand
 * for the numbers a document gives each copy of a case body (see {@link Fragment}).
 */
final class WordXml {

    /** Opens a placeholder in fragment XML: MARK, a kind letter, a decimal index, END. */
    static final char MARK = '\u0001';
    static final char END = '\u0002';

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private WordXml() {
    }

    /** Appends {@code s} as element text. */
    static StringBuilder text(StringBuilder sb, String s) {
        return escape(sb, s, false);
    }

    /** Appends {@code s} as the value of an attribute written in double quotes. */
    static StringBuilder attr(StringBuilder sb, String s) {
        return escape(sb, s, true);
    }

    /** A placeholder for the number of a drawing, picture relationship or footnote in fragment XML. */
    static StringBuilder token(StringBuilder sb, char kind, int index) {
        return sb.append(MARK).append(kind).append(index).append(END);
    }

    private static StringBuilder escape(StringBuilder sb, String s, boolean attribute) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append(attribute ? "&#13;" : "\r");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> i = Xml.appendAllowed(sb, s, i); // \n, \r and \t are taken above
            }
        }
        return sb;
    }
}
