package org.casebook.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class DocxZipTest {

    private static byte[] zip(boolean shared, String... parts) {
        Deflater deflater = new Deflater(DocxDocument.LEVEL, true);
        try {
            DocxZip zip = new DocxZip(null);
            for (int i = 0; i < parts.length; i++) {
                if (shared) {
                    zip.shared("word/part" + (i % 2) + ".xml", parts[i], deflater);
                } else {
                    zip.xml("word/part" + (i % 2) + ".xml", parts[i], deflater);
                }
            }
            return zip.finish();
        } finally {
            deflater.end();
        }
    }

    @Test
    void aSharedPartIsTheSameBytesAsThePartCompressedAgainWhateverCameBefore() {
        String styles = "<w:styles>" + "<w:style w:styleId=\"正文\"/>".repeat(40) + "</w:styles>";
        String footer = "<w:ftr><w:p>第 PAGE 页</w:p></w:ftr>";
        String other = "<w:ftr><w:p>另一页脚</w:p></w:ftr>";
        // the same names with other texts: what is kept is the text's compression, never the name's
        assertArrayEquals(zip(false, styles, footer, styles, other), zip(true, styles, footer, styles, other));
        assertArrayEquals(zip(false, other, styles, footer, footer), zip(true, other, styles, footer, footer));
    }
}
