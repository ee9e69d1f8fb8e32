package org.casebook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leak scanner itself must see a marker however an output wrote it. */
class LeakScanTest {

    @TempDir
    Path site;

    private List<String> formsFound(String content) throws IOException {
        Files.writeString(site.resolve("out.txt"), content, StandardCharsets.UTF_8);
        return LeakScan.scan(site, List.of("机密Ab")).stream().map(LeakScan.Finding::form).toList();
    }

    @Test
    void findsEveryWrittenForm() throws IOException {
        assertEquals(List.of("text"), formsFound("x机密aBx"));
        assertEquals(List.of("percent-encoded"), formsFound("a%e6%9c%ba%E5%AF%86ab"));
        assertEquals(List.of("\\u-escaped"), formsFound("{\"t\":\"\\u673a\\u5BC6AB\"}"));
        assertEquals(List.of("\\u-escaped, every character"), formsFound("\\u673a\\u5bc6\\u0041\\u0062"));
        assertEquals(List.of("&#x; reference"), formsFound("&#x673a;&#x5bc6;Ab"));
        assertEquals(List.of("&#; reference"), formsFound("&#26426;&#23494;Ab"));
        assertEquals(List.of(), formsFound("机 密Ab, 机密A b, \\u673a"));
    }

    @Test
    void findsAMarkerInAFilePathAndInBinaryBytes() throws IOException {
        Files.createDirectories(site.resolve("files"));
        Files.write(site.resolve("files/机密ab.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(site.resolve("blob.bin"), concat(new byte[] {0, (byte) 0xff}, "机密AB".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("blob.bin: \"机密Ab\" as text", "files/机密ab.png: \"机密Ab\" as text in the file's path"),
                LeakScan.scan(site, List.of("机密Ab")).stream().map(Object::toString).toList());
    }

    /** A Word document is a deflated zip whose text Word may split over runs: both are read through. */
    @Test
    void findsAMarkerInsideAZipEntryEvenWhenXmlMarkupSplitsIt() throws IOException {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write("<w:p><w:r><w:t>机</w:t></w:r><w:r><w:t>&#x5bc6;A</w:t></w:r><w:r><w:t>b</w:t></w:r></w:p>"
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new java.util.zip.ZipEntry("word/media/image1.png"));
            z.write(concat(new byte[] {(byte) 0x89, 'P'}, "机密ab".getBytes(StandardCharsets.UTF_8)));
        }
        Files.write(site.resolve("book.docx"), zip.toByteArray());
        assertEquals(List.of("book.docx!word/document.xml (text without markup): \"机密Ab\" as text",
                "book.docx!word/media/image1.png: \"机密Ab\" as text"),
                LeakScan.scan(site, List.of("机密Ab")).stream().map(Object::toString).toList(),
                "deflated, the marker is in none of the archive's own bytes");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
