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

    @Test
    void aWrittenReplacementCharacterIsKeptAndAMalformedByteIsRefused() {
        assertEquals("替换符\uFFFD在此", TextDecoder.decode("替换符\uFFFD在此".getBytes(StandardCharsets.UTF_8), "a.md", diags)
                .orElseThrow());
        byte[] bad = "第一行\n第二\uFFFD行".getBytes(StandardCharsets.UTF_8);
        byte[] withStray = java.util.Arrays.copyOf(bad, bad.length + 1);
        withStray[bad.length] = (byte) 0xC3; // a lead byte with nothing after it
        assertTrue(TextDecoder.decode(withStray, "a.md", diags).isEmpty());
        assertEquals("encoding.not-utf8", diags.sorted().get(0).code());
        assertEquals(2, diags.sorted().get(0).pos().line());
    }

    @Test
    void utf16IsRecognisedByItsMarkOrByItsZeroBytes() {
        // with a byte-order mark and only Han characters the bytes hold no zero and no control byte
        byte[] marked = "\uFEFF党建园区".getBytes(StandardCharsets.UTF_16LE);
        byte[] unmarked = "---\ntitle: x\n---\nbody".getBytes(StandardCharsets.UTF_16LE);
        for (byte[] bytes : new byte[][] {marked, unmarked, "\uFEFF党建".getBytes(StandardCharsets.UTF_16BE)}) {
            Diagnostics d = new Diagnostics(Messages.forLanguage("en"));
            assertTrue(TextDecoder.decode(bytes, "a.md", d).isEmpty());
            assertEquals("encoding.utf16", d.sorted().get(0).code());
        }
    }

    @Test
    void aC1ControlIsRefused() {
        assertTrue(TextDecoder.decode("正文\u0085结束".getBytes(StandardCharsets.UTF_8), "a.md", diags).isEmpty());
        assertEquals("encoding.control", diags.sorted().get(0).code());
        assertEquals(3, diags.sorted().get(0).pos().column());
    }

    /**
     * The fast paths (the String constructor, the byte scans for controls and for UTF-16) against the
     * strict decoder, the character check and {@code SourceBytes} they stand in for, on random mixes of
     * Chinese, ASCII, line ends, controls, NUL, U+FFFD, byte order marks and stray bytes.
     */
    @Test
    void theFastPathsAgreeWithTheStrictDefinitions() throws Exception {
        java.util.Random random = new java.util.Random(2026);
        String[] pieces = {"党建", "a", " ", "\n", "\r\n", "\r", "\t", "\u0000", "\u0001", "\u007F", "\u0085", "\u009F",
                "\u00A0", "\uFFFD", "😀", "é", "：", "\uFEFF"};
        byte[][] strays = {{(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC2}};
        for (int round = 0; round < 3000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            if (random.nextInt(8) == 0) {
                out.writeBytes(random.nextBoolean() ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : new byte[] {(byte) 0xFF, (byte) 0xFE});
            }
            for (int k = random.nextInt(12); k > 0; k--) {
                if (random.nextInt(10) == 0) {
                    out.writeBytes(strays[random.nextInt(strays.length)]);
                } else {
                    out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] b = out.toByteArray();
            int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
            java.util.Optional<String> strict;
            try {
                strict = java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(b, start, b.length - start)).toString());
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = java.util.Optional.empty();
            }
            String what = java.util.HexFormat.of().formatHex(b);
            boolean utf16 = org.casebook.fix.SourceBytes.decode(b).kind() == org.casebook.fix.SourceBytes.Kind.UTF16;
            assertEquals(utf16, org.casebook.fix.SourceBytes.isUtf16(b), "UTF-16 told apart without decoding: " + what);
            Diagnostics d = new Diagnostics(Messages.forLanguage("en"));
            java.util.Optional<String> got = TextDecoder.decode(b, "a.md", d);
            if (utf16) {
                assertTrue(got.isEmpty(), what);
                assertEquals("encoding.utf16", d.sorted().get(0).code(), what);
                continue;
            }
            if (strict.isEmpty()) {
                assertTrue(got.isEmpty(), "malformed bytes must be refused: " + what);
                continue;
            }
            String text = TextDecoder.normaliseLineEnds(strict.get());
            boolean control = text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F
                    || (c >= 0x80 && c < 0xA0));
            assertEquals(control, TextDecoder.hasControlBytes(b, start), "control scan: " + what);
            assertEquals(control ? java.util.Optional.empty() : java.util.Optional.of(text), got, what);
        }
    }
}
