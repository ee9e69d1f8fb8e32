package org.casebook.word;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs and tables in the order they were begun, each still open to more runs and properties
 * until the whole is written: a picture met inside a paragraph centres it, a caption or a nested list
 * goes after a paragraph that is not yet finished. Writes WordprocessingML in the schema's order.
 */
final class WordBody {

    /** How a run looks: the formatting its enclosing inline elements ask for. */
    record Format(boolean bold, boolean italic, boolean strike, boolean code) {
        static final Format PLAIN = new Format(false, false, false, false);
        static final Format BOLD = new Format(true, false, false, false);

        Format withBold() {
            return new Format(true, italic, strike, code);
        }

        Format withItalic() {
            return new Format(bold, true, strike, code);
        }

        Format withStrike() {
            return new Format(bold, italic, true, code);
        }

        Format withCode() {
            return new Format(bold, italic, strike, true);
        }
    }

    /** A paragraph: its style (null: Normal), direct properties and runs. */
    static final class Para {
        private final String style;
        int indentLeft = -1;
        int hanging = -1;
        boolean firstLineZero;
        String align;
        /** A picture's paragraph: single line spacing, so the exact body line does not crop it. */
        boolean autoLine;
        int before = -1;
        int after = -1;
        final StringBuilder runs = new StringBuilder();

        Para(String style) {
            this.style = style;
        }

        Para text(String text) {
            run(runs, text, Format.PLAIN);
            return this;
        }

        Para text(String text, Format f) {
            run(runs, text, f);
            return this;
        }

        void write(StringBuilder out) {
            out.append("<w:p>");
            boolean spacing = autoLine || before >= 0 || after >= 0;
            boolean ind = indentLeft >= 0 || hanging >= 0 || firstLineZero;
            if (style != null || spacing || ind || align != null) {
                out.append("<w:pPr>");
                if (style != null) {
                    out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
                }
                if (spacing) {
                    out.append("<w:spacing");
                    if (before >= 0) {
                        out.append(" w:before=\"").append(before).append('"');
                    }
                    if (after >= 0) {
                        out.append(" w:after=\"").append(after).append('"');
                    }
                    if (autoLine) {
                        out.append(" w:line=\"240\" w:lineRule=\"auto\"");
                    }
                    out.append("/>");
                }
                if (ind) {
                    out.append("<w:ind");
                    if (indentLeft >= 0) {
                        out.append(" w:left=\"").append(indentLeft).append('"');
                    }
                    if (hanging >= 0) {
                        out.append(" w:hanging=\"").append(hanging).append('"');
                    } else if (firstLineZero) {
                        out.append(" w:firstLine=\"0\" w:firstLineChars=\"0\"");
                    }
                    out.append("/>");
                }
                if (align != null) {
                    out.append("<w:jc w:val=\"").append(align).append("\"/>");
                }
                out.append("</w:pPr>");
            }
            out.append(runs).append("</w:p>");
        }
    }

    /** A table as wide as the text block, centred, ruled, its header row repeated on each page. */
    static final class Table {
        final int columns;
        final List<Para[]> rows = new ArrayList<>();
        final List<Boolean> header = new ArrayList<>();

        Table(int columns) {
            this.columns = columns;
        }

        void write(StringBuilder out) {
            out.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/><w:tblBorders>");
            for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
                out.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
            }
            out.append("</w:tblBorders></w:tblPr><w:tblGrid>");
            int width = WordPage.TEXT_WIDTH_TWIPS / columns;
            for (int j = 0; j < columns; j++) {
                out.append("<w:gridCol w:w=\"").append(width).append("\"/>");
            }
            out.append("</w:tblGrid>");
            for (int i = 0; i < rows.size(); i++) {
                out.append("<w:tr>");
                if (header.get(i)) {
                    out.append("<w:trPr><w:tblHeader/></w:trPr>");
                }
                for (Para cell : rows.get(i)) {
                    out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>");
                    cell.write(out);
                    out.append("</w:tc>");
                }
                out.append("</w:tr>");
            }
            out.append("</w:tbl>");
        }
    }

    private final List<Object> blocks = new ArrayList<>();
    private long styles;

    /** A new paragraph at the end; {@code style} null or {@link WordStyles#NORMAL} is the body style. */
    Para para(String style) {
        Para p = new Para(style == null || style.equals(WordStyles.NORMAL) ? null : style);
        use(style);
        blocks.add(p);
        return p;
    }

    /** A paragraph outside the flow (a table cell, a footnote): counted for the styles part only. */
    Para loose(String style) {
        use(style);
        return new Para(style);
    }

    Table table(int columns) {
        Table t = new Table(columns);
        blocks.add(t);
        return t;
    }

    void use(String style) {
        if (style != null) {
            styles |= WordStyles.bit(style);
        }
    }

    long styles() {
        return styles;
    }

    void write(StringBuilder out) {
        for (Object b : blocks) {
            if (b instanceof Para p) {
                p.write(out);
            } else {
                ((Table) b).write(out);
            }
        }
    }

    /** A run of text; nothing for empty text. */
    static void run(StringBuilder out, String text, Format f) {
        if (text.isEmpty()) {
            return;
        }
        out.append("<w:r>");
        if (f.bold() || f.italic() || f.strike() || f.code()) {
            out.append("<w:rPr>");
            if (f.code()) {
                out.append("<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\"/>");
            }
            if (f.bold()) {
                out.append("<w:b/>");
            }
            if (f.italic()) {
                out.append("<w:i/>");
            }
            if (f.strike()) {
                out.append("<w:strike/>");
            }
            out.append("</w:rPr>");
        }
        t(out, text).append("</w:r>");
    }

    /** A {@code <w:t>}, keeping its spaces where Word would otherwise drop them. */
    static StringBuilder t(StringBuilder out, String text) {
        boolean keep = Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
                || text.contains("  ") || text.indexOf('\t') >= 0;
        out.append(keep ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        return WordXml.text(out, text).append("</w:t>");
    }
}
