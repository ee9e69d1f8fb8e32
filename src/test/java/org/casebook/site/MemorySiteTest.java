package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages are kept packed in memory and come back byte for byte. */
class MemorySiteTest {

    final MemorySite site = new MemorySite();

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void largeAndSmallPagesAndBinaryFilesReadBackAsWritten() {
        String page = "<html><body>" + "<p>产业链党建：园区经验，第一段。</p>\n".repeat(2000) + "</body></html>";
        site.write("cases/a/index.html", page);
        site.write("404.html", "<p>页面不存在</p>");
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise); // does not pack: kept as it is
        site.write("assets/x.woff2", noise);

        assertEquals(page, new String(site.read("cases/a/index.html").orElseThrow(), StandardCharsets.UTF_8));
        assertEquals("<p>页面不存在</p>", new String(site.read("404.html").orElseThrow(), StandardCharsets.UTF_8));
        assertArrayEquals(noise, site.read("assets/x.woff2").orElseThrow());
        assertTrue(site.read("nothing.html").isEmpty());
    }

    @Test
    void pagesArePackedButWordDocumentsAreNotPackedAgain() {
        String page = "<p>产业链党建：园区经验，第一段。</p>\n".repeat(500);
        site.write("cases/a/index.html", page);
        byte[] docx = page.getBytes(StandardCharsets.UTF_8); // packs well: only its name says it is compressed already
        site.write("cases/a/a.docx", docx);
        assertTrue(site.isPacked("cases/a/index.html"));
        assertFalse(site.isPacked("cases/a/a.docx"));
        assertArrayEquals(docx, site.read("cases/a/a.docx").orElseThrow());
    }

    @Test
    void aRewrittenPageReplacesTheOldOne() {
        site.write("index.html", "旧".repeat(5000));
        site.write("index.html", "新".repeat(6000));
        assertEquals("新".repeat(6000), new String(site.read("index.html").orElseThrow(), StandardCharsets.UTF_8));
    }
}
