package org.casebook.word;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The A4 page of GB/T 9704: margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a text block
 * of 156 × 225 mm), the page number centred at the foot as “— 1 —” in 宋体 四号, and no number on
 * the first page (the cover, or a single case's first page keeps it: see {@link #setUp}).
 */
final class WordPage {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int TEXT_WIDTH_TWIPS = twips(210 - 28 - 26);
    /** The text block's width in EMU (for scaling pictures): 156 mm. */
    static final long TEXT_WIDTH_EMU = 156L * 36_000;

    private WordPage() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    /** Page size, margins and the footer; {@code coverPage} leaves the first page without a number. */
    static void setUp(XWPFDocument doc, boolean coverPage) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(twips(37)));
        m.setBottom(BigInteger.valueOf(twips(35)));
        m.setLeft(BigInteger.valueOf(twips(28)));
        m.setRight(BigInteger.valueOf(twips(26)));
        m.setHeader(BigInteger.valueOf(twips(15)));
        // the number's line sits about 7 mm below the text block
        m.setFooter(BigInteger.valueOf(twips(22)));
        m.setGutter(BigInteger.ZERO);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(WordStyles.FOOTER);
        p.createRun().setText("— ");
        WordFields.simple(p, "PAGE", "1");
        p.createRun().setText(" —");
        if (coverPage) {
            doc.createFooter(HeaderFooterType.FIRST).createParagraph().setStyle(WordStyles.FOOTER);
            sect.addNewTitlePg();
        }
    }
}
