package org.casebook.word;

import java.util.List;

/** Word fields: the page number and the table of contents, which Word and WPS compute when they lay out. */
final class WordFields {

    /** The table of contents over the case titles (outline level 1), as hyperlinks. */
    static final String TOC = " TOC \\o \"1-1\" \\h \\z \\u ";

    private WordFields() {
    }

    /** A simple field such as PAGE, showing {@code shown} until the application computes it. */
    static String simple(String instruction, String shown) {
        StringBuilder sb = new StringBuilder("<w:fldSimple w:instr=\"");
        WordXml.attr(sb, instruction).append("\"><w:r>");
        return WordBody.t(sb, shown).append("</w:r></w:fldSimple>").toString();
    }

    /**
     * The table of contents as a complex field spanning one paragraph per entry. Until the reader's
     * application updates it (the document asks to on opening), the entries are listed without page
     * numbers, so the list is right even where fields are never updated.
     */
    static void tableOfContents(WordBody body, List<String> entries, String placeholder) {
        List<String> lines = entries.isEmpty() ? List.of(placeholder) : entries;
        for (int i = 0; i < lines.size(); i++) {
            WordBody.Para p = body.para(WordStyles.TOC_1);
            if (i == 0) {
                p.runs.append("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r>")
                        .append("<w:instrText xml:space=\"preserve\">");
                WordXml.text(p.runs, TOC).append("</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }
            p.text(lines.get(i));
            if (i == lines.size() - 1) {
                p.runs.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
        }
    }
}
