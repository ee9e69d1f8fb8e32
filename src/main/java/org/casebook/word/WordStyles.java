package org.casebook.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The named paragraph styles of every document, so an office restyles a whole 汇编 by editing one
 * style (e.g. sets 方正小标宋简体 as the title font where it is installed). Built-in names (Normal,
 * Title, heading 1…) are used where Word has one, so Word and WPS show them under their own names and
 * the table of contents picks the case titles up by their outline level. Sizes follow GB/T 9704:
 * 二号 22 pt, 三号 16 pt; the body line is exactly 28 pt (22 lines to the A4 page).
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

    private WordStyles() {
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, NORMAL, "Normal", null, FANGSONG, SIZE_3, false, 560, true, null, -1, p -> { });
        add(styles, TITLE, "Title", NORMAL, HEITI, SIZE_2, false, 0, false, STJc.CENTER, -1, p -> { });
        add(styles, SUBTITLE, "Subtitle", NORMAL, KAITI, SIZE_3, false, 0, false, STJc.CENTER, -1, p -> { });
        // each case starts a new page (the style says so: no page-break paragraphs to delete when editing)
        add(styles, CASE_TITLE, "heading 1", NORMAL, HEITI, SIZE_S2, false, 0, false, STJc.CENTER, 0, p -> {
            p.addNewPageBreakBefore();
            spacing(p, 0, 480);
        });
        add(styles, HEADING_2, "heading 2", NORMAL, HEITI, SIZE_3, false, 560, false, null, 1, p -> { });
        add(styles, HEADING_3, "heading 3", NORMAL, KAITI, SIZE_3, false, 560, false, null, 2, p -> { });
        add(styles, HEADING_4, "heading 4", NORMAL, FANGSONG, SIZE_3, true, 560, false, null, 3, p -> { });
        add(styles, TOC_HEADING, "TOC Heading", NORMAL, HEITI, SIZE_3, false, 0, false, STJc.CENTER, -1,
                p -> spacing(p, 0, 240));
        add(styles, TOC_1, "toc 1", NORMAL, FANGSONG, SIZE_3, false, 560, false, null, -1, p -> {
            var tab = p.addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(WordPage.TEXT_WIDTH_TWIPS));
        });
        add(styles, META, "Casebook 案例信息", NORMAL, KAITI, SIZE_3, false, 560, false, STJc.CENTER, -1, p -> { });
        add(styles, QUOTE, "Quote", NORMAL, KAITI, SIZE_3, false, 560, true, null, -1,
                p -> p.getInd().setLeft(BigInteger.valueOf(640)));
        add(styles, LIST, "List Paragraph", NORMAL, FANGSONG, SIZE_3, false, 560, false, null, -1, p -> { });
        add(styles, TABLE_TEXT, "Casebook 表格文字", NORMAL, FANGSONG, SIZE_S4, false, 0, false, null, -1, p -> { });
        add(styles, CODE, "Casebook 代码", NORMAL, SONGTI, SIZE_5, false, 0, false, null, -1, p -> { });
        add(styles, FOOTER, "footer", NORMAL, SONGTI, SIZE_4, false, 0, false, STJc.CENTER, -1, p -> { });
        add(styles, FOOTNOTE, "footnote text", NORMAL, FANGSONG, SIZE_S4, false, 0, false, null, -1, p -> { });
    }

    /**
     * One paragraph style. {@code lineTwips} &gt; 0 is an exact line height; {@code indentFirst} indents
     * the first line by two characters, as Chinese body text is set; {@code outline} &ge; 0 puts the
     * style's paragraphs into the table of contents' levels.
     */
    private static void add(XWPFStyles styles, String id, String name, String basedOn, String eastAsian, int halfPoints,
            boolean bold, int lineTwips, boolean indentFirst, STJc.Enum align, int outline,
            java.util.function.Consumer<CTPPrGeneral> more) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal(NORMAL);
        } else {
            s.setDefault(Boolean.TRUE);
        }
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        if (lineTwips > 0) {
            CTSpacing sp = p.addNewSpacing();
            sp.setLine(BigInteger.valueOf(lineTwips));
            sp.setLineRule(STLineSpacingRule.EXACT);
        }
        if (indentFirst) {
            p.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        }
        if (align != null) {
            p.addNewJc().setVal(align);
        } else if (basedOn == null) {
            p.addNewJc().setVal(STJc.BOTH);
        }
        if (outline >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.addNewKeepNext();
        }
        more.accept(p);
        CTRPr r = s.addNewRPr();
        CTFonts fonts = r.addNewRFonts();
        fonts.setEastAsia(eastAsian);
        fonts.setAscii(LATIN);
        fonts.setHAnsi(LATIN);
        fonts.setCs(LATIN);
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            r.addNewB();
        }
        // added last: the styles part keeps a copy, so later changes to s would be lost
        styles.addStyle(new XWPFStyle(s, styles));
    }

    static void spacing(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase p, int beforeTwips, int afterTwips) {
        CTSpacing sp = p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(beforeTwips));
        sp.setAfter(BigInteger.valueOf(afterTwips));
    }
}
