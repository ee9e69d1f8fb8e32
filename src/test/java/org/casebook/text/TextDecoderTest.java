package org.casebook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));

    @Test
    void dropsBomAndNormalisesLineEnds() {
        byte[] bytes = ("\uFEFF---\r\ntitle: 标题\r\n---\rbody").getBytes(StandardCharsets.UTF_8);
        assertEquals("---\ntitle: 标题\n---\nbody", TextDecoder.decode(bytes, "a.md", diags).orElseThrow());
        assertTrue(diags.sorted().isEmpty());
    }

    @Test
    void gbkFileIsRecognisedWithTheLineOfTheFirstBadByte() {
        byte[] bytes = "---\ntitle: x\n---\n园区党建工作经验\n".getBytes(Charset.forName("GB18030"));
        assertTrue(TextDecoder.decode(bytes, "a.md", diags).isEmpty());
        var d = diags.sorted().get(0);
        assertEquals("encoding.gbk", d.code());
        assertEquals(4, d.pos().line());
        assertTrue(d.hint().contains("UTF-8"));
    }

    @Test
    void nulIsRefusedWithItsLine() {
        assertTrue(TextDecoder.decode("a\nb\u0000c".getBytes(StandardCharsets.UTF_8), "a.md", diags).isEmpty());
        var d = diags.sorted().get(0);
        assertEquals("encoding.control", d.code());
        assertEquals(2, d.pos().line());
        assertEquals(2, d.pos().column());
    }
}
