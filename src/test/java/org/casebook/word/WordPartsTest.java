package org.casebook.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The pieces the Word output is written with: escaping, tokens, the once-per-case memo, the zip. */
class WordPartsTest {

    @Test
    void textDropsWhatXmlForbidsAndEscapesMarkup() {
        String in = "a<b>&\"c\u0001\u0002\u0008\u000B\u001F\tx\ny\uFFFE\uFFFF 😀 lone\uD800 \uDC00end";
        assertEquals("a&lt;b&gt;&amp;\"c\tx\ny 😀 lone end", WordXml.text(new StringBuilder(), in).toString());
        assertEquals("a&lt;b&gt;&amp;&quot;c&#9;x&#10;y 😀 lone end", WordXml.attr(new StringBuilder(), in).toString());
    }

    @Test
    void tokensInACaseBodyTakeEachDocumentsNumbers() throws IOException {
        StringBuilder xml = new StringBuilder("<x id=\"");
        WordXml.token(xml, 'D', 0).append("\" r=\"");
        WordXml.token(xml, 'M', 12).append("\">");
        WordXml.text(xml, "\u0001D5\u0002 is text, not a token").append("</x>");
        Fragment f = Fragment.of(xml, "", List.of(), 1, 0, 0);
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            DeflatedPart part = new DeflatedPart(d, 64);
            Fragment.copy(f.body(), part, (kind, index) -> kind + "=" + (index + 100));
            DocxZip zip = new DocxZip(LocalDateTime.of(2024, 3, 5, 0, 0));
            zip.deflated("x.xml", part.finish());
            Map<String, byte[]> read = unzip(zip.finish());
            assertEquals("<x id=\"D=100\" r=\"M=112\">D5 is text, not a token</x>",
                    new String(read.get("x.xml"), StandardCharsets.UTF_8));
        } finally {
            d.end();
        }
    }

    @Test
    void theZipReadsBackWithItsCrcsTimesAndOrder() throws IOException {
        byte[] picture = new byte[3000];
        for (int i = 0; i < picture.length; i++) {
            picture[i] = (byte) (i * 31);
        }
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            DocxZip zip = new DocxZip(LocalDateTime.of(2024, 3, 5, 0, 0));
            zip.xml("[Content_Types].xml", "<Types>汉字</Types>", d);
            zip.stored("word/media/image1.png", picture);
            zip.xml("word/document.xml", "<w:document/>".repeat(500), d);
            byte[] bytes = zip.finish();
            List<String> names = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    names.add(e.getName());
                    in.readAllBytes(); // ZipInputStream checks each entry's CRC and size here
                    assertEquals(LocalDateTime.of(2024, 3, 5, 0, 0), e.getTimeLocal(), e.getName());
                    assertEquals(null, e.getExtra(), "no extra fields (no time zone in the bytes)");
                }
            }
            assertEquals(List.of("[Content_Types].xml", "word/media/image1.png", "word/document.xml"), names);
            assertArrayEquals(picture, unzip(bytes).get("word/media/image1.png"));
        } finally {
            d.end();
        }
    }

    @Test
    void aCaseIsConvertedOnceForAllItsDocumentsAndLetGoAfterTheLast() throws Exception {
        AtomicInteger conversions = new AtomicInteger();
        Fragments fragments = new Fragments(slug -> {
            conversions.incrementAndGet();
            return Fragment.of("<w:p/>", "", List.of(), 0, 0, 0);
        });
        for (int i = 0; i < 8; i++) {
            fragments.use("a");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Fragment>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> fragments.get("a")));
            }
            Fragment first = got.get(0).get();
            for (Future<Fragment> f : got) {
                assertSame(first, f.get());
            }
            assertEquals(1, conversions.get(), "eight documents, one conversion");
            for (int i = 0; i < 7; i++) {
                fragments.release("a");
            }
            assertSame(first, fragments.get("a"), "kept while a document still needs it");
            fragments.release("a");
            assertNotSame(first, fragments.get("a"), "let go after the last document");
            assertEquals(2, conversions.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
