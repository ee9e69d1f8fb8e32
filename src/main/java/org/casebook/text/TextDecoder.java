package org.casebook.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;

/**
 * Strict UTF-8 decoding with the line of the first bad byte. A BOM is dropped and CRLF/CR become LF,
 * so later positions count lines the way every editor shows them. Files saved as GBK by Windows
 * editors are recognised and the contributor is told how to re-save them.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static Optional<String> decode(byte[] bytes, String file, Diagnostics diags) {
        // one pass over the bytes says whether the passes for NULs, controls and carriage returns are needed
        boolean controls = hasControlBytes(bytes, 0);
        Optional<String> notText = notText(bytes, controls);
        if (notText.isPresent()) {
            diags.error(new SourcePos(file, 1, 1), notText.get());
            return Optional.empty();
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // the String constructor decodes several times faster than a CharsetDecoder under C1 and puts
        // U+FFFD for every malformed sequence: without one the bytes were well-formed, and only a file
        // with one (malformed, or a U+FFFD written on purpose) is decoded again strictly
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        try {
            if (text.indexOf('\uFFFD') >= 0) {
                CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
                text = chars.toString();
            }
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // the bytes before the bad one on its line are valid UTF-8: count them as the editor shows them
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            String key = !mostlyUtf8(bytes, start) && looksLikeGbk(bytes, start) ? "encoding.gbk" : "encoding.not-utf8";
            diags.error(new SourcePos(file, line, column), key);
            return Optional.empty();
        }
        text = normaliseLineEnds(text);
        if (controls && !checkControls(text, file, diags)) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /**
     * A Word document renamed to {@code .md} (a zip: {@code PK\3\4}; Word 97/WPS: OLE2) or a UTF-16
     * file: said as such, with the way in ({@code casebook import}, {@code casebook fix}), rather than
     * as the first control character they happen to contain. {@code controls}: the bytes hold a
     * control byte, as a NUL is; without one, only a byte-order mark makes a file UTF-16.
     */
    private static Optional<String> notText(byte[] b, boolean controls) {
        if (org.casebook.fix.SourceBytes.isZip(b)) {
            return Optional.of("encoding.docx");
        }
        if (org.casebook.fix.SourceBytes.isOle2(b)) {
            return Optional.of("encoding.doc");
        }
        if (controls ? org.casebook.fix.SourceBytes.isUtf16(b) : org.casebook.fix.SourceBytes.hasUtf16Bom(b)) {
            return Optional.of("encoding.utf16");
        }
        return Optional.empty();
    }

    /**
     * Whether the UTF-8 bytes may hold a character {@link #checkControls} refuses: a C0 control other
     * than tab and line ends, DEL, or a C1 control (encoded C2 80 to C2 9F). A scan of bytes, so the
     * character-by-character check with its line and column runs only for a file that has one.
     */
    static boolean hasControlBytes(byte[] b, int start) {
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F
                    || (c == 0xC2 && i + 1 < b.length && (b[i + 1] & 0xFF) >= 0x80 && (b[i + 1] & 0xFF) < 0xA0)) {
                return true;
            }
        }
        return false;
    }

    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** NUL and other C0/C1 controls (tab excepted) are refused: they are never meant, and break tools. */
    private static boolean checkControls(String text, String file, Diagnostics diags) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
                continue;
            }
            if ((c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                diags.error(new SourcePos(file, line, col), "encoding.control", String.format("U+%04X", (int) c));
                return false;
            }
            col++;
        }
        return true;
    }

    private static int firstBadByte(byte[] b, int start) {
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return b.length;
    }

    /**
     * Whether well-formed multi-byte UTF-8 sequences outnumber the stray high bytes: a UTF-8 file with
     * one pasted Latin-1 byte is, and is then not called GBK; in a GBK file valid sequences are accidents.
     */
    static boolean mostlyUtf8(byte[] b, int start) {
        int valid = 0;
        int invalid = 0;
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            boolean ok = n > 0 && i + n < b.length;
            for (int k = 1; ok && k <= n; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += n + 1;
            } else {
                invalid += c >= 0x80 ? 1 : 0;
                i++;
            }
        }
        return valid > invalid;
    }

    /** GBK double bytes: lead 0x81–0xFE, trail 0x40–0xFE (not 0x7F); most of the high bytes pair up. */
    static boolean looksLikeGbk(byte[] b, int start) {
        int pairs = 0;
        int strays = 0;
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                continue;
            }
            if (c >= 0x81 && c <= 0xFE && i + 1 < b.length) {
                int t = b[i + 1] & 0xFF;
                if (t >= 0x40 && t <= 0xFE && t != 0x7F) {
                    pairs++;
                    i++;
                    continue;
                }
            }
            strays++;
        }
        return pairs > 0 && strays <= pairs / 10;
    }
}
