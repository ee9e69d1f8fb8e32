package org.casebook.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.render.markdown.Attachment;
import org.casebook.render.markdown.RenderedBody;
import org.junit.jupiter.api.Test;

/** A cached body comes back exactly as it was rendered, and bytes that are not an entry are not one. */
class BodyMemoTest {

    private static BodyMemo.Entry entry() {
        // Chinese, a character outside the Basic Multilingual Plane, a lone surrogate (which UTF-8 could
        // not carry), markup and an empty string
        String html = "<h2 id=\"一\">一、起因</h2><p>党建𠀀引领 \uD800 &amp; 5G</p>";
        RenderedBody body = new RenderedBody(html, List.of(new RenderedBody.Heading(2, "一、起因", "一")),
                "一、起因\n党建𠀀引领 \uD800 & 5G", List.of(new Attachment(Path.of("cases/图/a.png"), "cases/x/a.png")));
        List<Diagnostic> diags = List.of(new Diagnostic(new SourcePos("cases/x.md", 12, 3), Severity.WARNING, "link.missing",
                "链接的文件 “图/b.png” 不存在", ""));
        return new BodyMemo.Entry(new byte[] {1, 2, 3}, List.of("case:cases/y.md=y", "file:图/a.png=image"), body, diags);
    }

    @Test
    void anEntryComesBackAsItWasWritten() {
        BodyMemo.Entry e = entry();
        Optional<BodyMemo.Entry> back = BodyMemo.decode(e.key(), BodyMemo.encode(e));
        assertTrue(back.isPresent());
        assertArrayEquals(e.key(), back.get().key());
        assertEquals(e.lookups(), back.get().lookups());
        assertEquals(e.body(), back.get().body());
        assertEquals(e.diagnostics(), back.get().diagnostics());
    }

    @Test
    void bytesCutShortOrWithMoreAfterTheEntryAreNoEntry() {
        BodyMemo.Entry e = entry();
        byte[] bytes = BodyMemo.encode(e);
        for (int cut : new int[] {0, 3, 4, bytes.length / 2, bytes.length - 1}) {
            assertTrue(BodyMemo.decode(e.key(), Arrays.copyOf(bytes, cut)).isEmpty(), "cut at " + cut);
        }
        assertTrue(BodyMemo.decode(e.key(), Arrays.copyOf(bytes, bytes.length + 2)).isEmpty());
    }

    @Test
    void aLengthBeyondTheBytesIsNoEntry() {
        BodyMemo.Entry e = entry();
        byte[] bytes = BodyMemo.encode(e);
        // the first string's length (after the lookup count) made larger than what follows
        bytes[4] = 0x7f;
        assertTrue(BodyMemo.decode(e.key(), bytes).isEmpty());
        byte[] negative = BodyMemo.encode(e);
        negative[0] = (byte) 0x80;
        assertTrue(BodyMemo.decode(e.key(), negative).isEmpty());
    }
}
