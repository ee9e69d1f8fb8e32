package org.casebook.word;

/**
 * The A4 page of GB/T 9704: margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a text block
 * of 156 × 225 mm), the page number centred at the foot as “— 1 —” in 宋体 四号, and no number on
 * the first page when it is a cover (a single case's first page keeps it).
 */
final class WordPage {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int TEXT_WIDTH_TWIPS = twips(210 - 28 - 26);
    /** The text block's width in EMU (for scaling pictures): 156 mm. */
    static final long TEXT_WIDTH_EMU = 156L * 36_000;

    /** The relationship ids of the footers ({@link DocxDocument} declares them). */
    static final String FOOTER_REL = "rId3";
    static final String FIRST_FOOTER_REL = "rId4";

    private WordPage() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    /** The section's properties, closing the body; {@code coverPage} leaves the first page without a number. */
    static String sectPr(boolean coverPage) {
        StringBuilder s = new StringBuilder(400).append("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"")
                .append(FOOTER_REL).append("\"/>");
        if (coverPage) {
            s.append("<w:footerReference w:type=\"first\" r:id=\"").append(FIRST_FOOTER_REL).append("\"/>");
        }
        s.append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"").append(twips(37))
                .append("\" w:right=\"").append(twips(26)).append("\" w:bottom=\"").append(twips(35))
                .append("\" w:left=\"").append(twips(28)).append("\" w:header=\"").append(twips(15))
                // the number's line sits about 7 mm below the text block
                .append("\" w:footer=\"").append(twips(22)).append("\" w:gutter=\"0\"/>");
        if (coverPage) {
            s.append("<w:titlePg/>");
        }
        return s.append("</w:sectPr>").toString();
    }

    /** The footer with the page number. */
    static String footer() {
        return WordXml.HEADER + "<w:ftr xmlns:w=\"" + WordXml.W + "\"><w:p><w:pPr><w:pStyle w:val=\""
                + WordStyles.FOOTER + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                + WordFields.simple("PAGE", "1") + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
    }

    /** The cover's footer: empty. */
    static String firstFooter() {
        return WordXml.HEADER + "<w:ftr xmlns:w=\"" + WordXml.W + "\"><w:p><w:pPr><w:pStyle w:val=\""
                + WordStyles.FOOTER + "\"/></w:pPr></w:p></w:ftr>";
    }
}
