package org.casebook.word;

import java.util.ArrayList;
import java.util.List;

/**
 * The named styles of every document, so an office restyles a whole 汇编 by editing one style
 * (e.g. sets 方正小标宋简体 as the title font where it is installed). Built-in names (Normal, Title,
 * heading 1…) are used where Word has one, so Word and WPS show them under their own names and the
 * table of contents picks the case titles up by their outline level. Sizes follow GB/T 9704: 二号
 * 22 pt, 三号 16 pt; the body line is exactly 28 pt (22 lines to the A4 page). A document's styles
 * part holds only the styles it uses (each is a bit of a mask, see {@link #bit}).
 */
final class WordStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String CASE_TITLE = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String HEADING_4 = "Heading4";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_1 = "TOC1";
    static final String META = "CaseMeta";
    static final String QUOTE = "Quote";
    static final String LIST = "ListParagraph";
    static final String TABLE_TEXT = "TableText";
    static final String CODE = "Code";
    static final String FOOTER = "Footer";
    static final String FOOTNOTE = "FootnoteText";
    /** A character style: footnote numbers set as superscripts, in the text and before the note. */
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";

    static final String FANGSONG = "仿宋";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体";
    static final String SONGTI = "宋体";
    static final String LATIN = "Times New Roman";

    /** Half-points: 三号 16 pt, 二号 22 pt, 小二 18 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
    static final int SIZE_2 = 44;
    static final int SIZE_S2 = 36;
    static final int SIZE_3 = 32;
    static final int SIZE_4 = 28;
    static final int SIZE_S4 = 24;
    static final int SIZE_5 = 21;

    private record Style(String id, String xml) {
    }

    private static final List<Style> ALL = new ArrayList<>();

    static {
        add(NORMAL, "Normal", FANGSONG, SIZE_3, false, 560, true, null, -1, "");
        add(TITLE, "Title", HEITI, SIZE_2, false, 0, false, "center", -1, "");
        add(SUBTITLE, "Subtitle", KAITI, SIZE_3, false, 0, false, "center", -1, "");
        // each case starts a new page (the style says so: no page-break paragraphs to delete when editing)
        add(CASE_TITLE, "heading 1", HEITI, SIZE_S2, false, 0, false, "center", 0, "<w:spacing w:before=\"0\" w:after=\"480\"/>");
        add(HEADING_2, "heading 2", HEITI, SIZE_3, false, 560, false, null, 1, "");
        add(HEADING_3, "heading 3", KAITI, SIZE_3, false, 560, false, null, 2, "");
        add(HEADING_4, "heading 4", FANGSONG, SIZE_3, true, 560, false, null, 3, "");
        add(TOC_HEADING, "TOC Heading", HEITI, SIZE_3, false, 0, false, "center", -1,
                "<w:spacing w:before=\"0\" w:after=\"240\"/>");
        add(TOC_1, "toc 1", FANGSONG, SIZE_3, false, 560, false, null, -1,
                "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + WordPage.TEXT_WIDTH_TWIPS + "\"/></w:tabs>");
        add(META, "Casebook 案例信息", KAITI, SIZE_3, false, 560, false, "center", -1, "");
        add(QUOTE, "Quote", KAITI, SIZE_3, false, 560, true, null, -1, "");
        add(LIST, "List Paragraph", FANGSONG, SIZE_3, false, 560, false, null, -1, "");
        add(TABLE_TEXT, "Casebook 表格文字", FANGSONG, SIZE_S4, false, 0, false, null, -1, "");
        add(CODE, "Casebook 代码", SONGTI, SIZE_5, false, 0, false, null, -1, "");
        add(FOOTER, "footer", SONGTI, SIZE_4, false, 0, false, "center", -1, "");
        add(FOOTNOTE, "footnote text", FANGSONG, SIZE_S4, false, 0, false, null, -1, "");
        ALL.add(new Style(FOOTNOTE_REFERENCE, "<w:style w:type=\"character\" w:styleId=\"" + FOOTNOTE_REFERENCE
                + "\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"));
    }

    private WordStyles() {
    }

    /** The style's bit in a document's mask of used styles. */
    static long bit(String id) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).id().equals(id)) {
                return 1L << i;
            }
        }
        throw new IllegalArgumentException("no style " + id);
    }

    /** The styles part holding Normal and every style in {@code used}. */
    static String xml(long used) {
        StringBuilder sb = new StringBuilder(8 * 1024).append(WordXml.HEADER)
                .append("<w:styles xmlns:w=\"").append(WordXml.W).append("\">");
        long mask = used | bit(NORMAL);
        for (int i = 0; i < ALL.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                sb.append(ALL.get(i).xml());
            }
        }
        return sb.append("</w:styles>").toString();
    }

    /**
     * One paragraph style, its properties in the schema's order. {@code lineTwips} &gt; 0 is an exact
     * line height; {@code indentFirst} indents the first line by two characters, as Chinese body
     * text is set; {@code outline} &ge; 0 puts the style's paragraphs into the table of contents'
     * levels; {@code more} is the style's tabs or spacing, written where the schema places them.
     */
    private static void add(String id, String name, String eastAsian, int halfPoints, boolean bold, int lineTwips,
            boolean indentFirst, String align, int outline, String more) {
        boolean normal = id.equals(NORMAL);
        StringBuilder s = new StringBuilder(512).append("<w:style w:type=\"paragraph\"");
        if (normal) {
            s.append(" w:default=\"1\"");
        }
        s.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"");
        WordXml.attr(s, name).append("\"/>");
        if (!normal) {
            s.append("<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>");
        }
        s.append("<w:qFormat/><w:pPr>");
        if (outline >= 0) {
            s.append("<w:keepNext/>");
        }
        if (id.equals(CASE_TITLE)) {
            s.append("<w:pageBreakBefore/>");
        }
        if (more.startsWith("<w:tabs>")) {
            s.append(more);
        }
        if (more.startsWith("<w:spacing")) {
            s.append(more);
        } else if (lineTwips > 0) {
            s.append("<w:spacing w:line=\"").append(lineTwips).append("\" w:lineRule=\"exact\"/>");
        } else if (!normal) {
            // single spacing said outright: a style based on Normal would take its exact 28 pt lines
            s.append("<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>");
        }
        if (indentFirst) {
            // two characters: Word and WPS read firstLineChars (hundredths of a character), LibreOffice
            // only firstLine, in twips: two characters of this size, 20 twips a point, 10 a half-point
            s.append("<w:ind w:firstLine=\"").append(halfPoints * 20).append("\" w:firstLineChars=\"200\"")
                    .append(id.equals(QUOTE) ? " w:left=\"640\"" : "").append("/>");
        } else if (!normal) {
            // no indent said outright: a table cell or a centred line would take Normal's two characters
            s.append("<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>");
        }
        if (align != null) {
            s.append("<w:jc w:val=\"").append(align).append("\"/>");
        } else if (normal) {
            s.append("<w:jc w:val=\"both\"/>");
        }
        if (outline >= 0) {
            s.append("<w:outlineLvl w:val=\"").append(outline).append("\"/>");
        }
        s.append("</w:pPr><w:rPr><w:rFonts w:ascii=\"").append(LATIN).append("\" w:eastAsia=\"").append(eastAsian)
                .append("\" w:hAnsi=\"").append(LATIN).append("\" w:cs=\"").append(LATIN).append("\"/>");
        if (bold) {
            s.append("<w:b/>");
        }
        s.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints)
                .append("\"/></w:rPr></w:style>");
        ALL.add(new Style(id, s.toString()));
    }
}
