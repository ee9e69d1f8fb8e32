package org.casebook.word;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Word fields: the page number and the table of contents, which Word and WPS compute when they lay out. */
final class WordFields {

    /** The table of contents over the case titles (outline level 1), as hyperlinks. */
    static final String TOC = " TOC \\o \"1-1\" \\h \\z \\u ";

    private WordFields() {
    }

    /** A simple field such as PAGE, showing {@code shown} until the application computes it. */
    static void simple(XWPFParagraph p, String instruction, String shown) {
        CTSimpleField f = p.getCTP().addNewFldSimple();
        f.setInstr(instruction);
        CTR r = f.addNewR();
        r.addNewT().setStringValue(shown);
    }

    /**
     * The table of contents as a complex field spanning one paragraph per entry. Until the reader's
     * application updates it (the document asks to on opening), the entries are listed without page
     * numbers, so the list is right even where fields are never updated.
     */
    static void tableOfContents(XWPFDocument doc, List<String> entries, String placeholder) {
        List<String> lines = entries.isEmpty() ? List.of(placeholder) : entries;
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(WordStyles.TOC_1);
            if (i == 0) {
                CTR begin = p.getCTP().addNewR();
                var fc = begin.addNewFldChar();
                fc.setFldCharType(STFldCharType.BEGIN);
                fc.setDirty(Boolean.TRUE);
                CTText instr = p.getCTP().addNewR().addNewInstrText();
                instr.setStringValue(TOC);
                instr.setSpace(SpaceAttribute.Space.PRESERVE);
                p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            }
            p.createRun().setText(lines.get(i));
            if (i == lines.size() - 1) {
                p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
        }
    }
}
