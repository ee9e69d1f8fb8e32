package org.casebook.fix;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a case file's bytes are: UTF-8 text (with or without BOM), text in another encoding Windows
 * editors save (GBK/GB18030, UTF-16), or not text at all (a Word document renamed to {@code .md}).
 */
public final class SourceBytes {

    /** The kind of bytes, and the message key {@code fix} reports a conversion or a refusal under. */
    public enum Kind {
        UTF8(null), GBK("fix.encoding-gbk"), UTF16("fix.encoding-utf16"), DOCX("fix.docx"), DOC("fix.doc"),
        UNREADABLE("fix.unreadable");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The decoded text (empty for a document or unreadable bytes), and whether a UTF-8 BOM led it. */
    public record Decoded(Kind kind, Optional<String> text, boolean bom) {
    }

    private SourceBytes() {
    }

    /** A zip archive (.docx, .xlsx, .wps saved as OOXML…): {@code PK\3\4}. */
    public static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** An OLE2 compound document (Word 97 .doc, WPS .wps): {@code D0 CF 11 E0}. */
    public static boolean isOle2(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    /**
     * Whether {@link #decode} calls the bytes UTF-16, mostly without decoding them: it does for a
     * UTF-16 byte order mark, or for UTF-8 that decodes to a NUL character, which takes a zero byte.
     * Only a file with a zero byte and no byte order mark is decoded to tell.
     */
    public static boolean isUtf16(byte[] b) {
        if (hasUtf16Bom(b)) {
            return true;
        }
        for (byte x : b) {
            if (x == 0) {
                return decode(b).kind() == Kind.UTF16;
            }
        }
        return false;
    }

    /** Whether the bytes start with a UTF-16 byte-order mark, either order. */
    public static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    public static Decoded decode(byte[] b) {
        if (isZip(b)) {
            return new Decoded(Kind.DOCX, Optional.empty(), false);
        }
        if (isOle2(b)) {
            return new Decoded(Kind.DOC, Optional.empty(), false);
        }
        if (hasUtf16Bom(b)) {
            return strict(b, 0, StandardCharsets.UTF_16, Kind.UTF16, false); // the BOM says which order
        }
        boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        Decoded utf8 = strict(b, bom ? 3 : 0, StandardCharsets.UTF_8, Kind.UTF8, bom);
        if (utf8.text().isPresent()) {
            if (utf8.text().get().indexOf('\0') >= 0) {
                Optional<Charset> utf16 = utf16WithoutBom(b);
                if (utf16.isPresent()) {
                    return strict(b, 0, utf16.get(), Kind.UTF16, false);
                }
            }
            return utf8;
        }
        Decoded gbk = strict(b, 0, Charset.forName("GB18030"), Kind.GBK, false);
        return gbk.text().isPresent() ? gbk : new Decoded(Kind.UNREADABLE, Optional.empty(), false);
    }

    /** UTF-16 saved without a BOM: ASCII-heavy Markdown has a zero in every other byte. */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = b.length / 2;
        if (b.length % 2 == 0 && oddZeros > pairs / 3 && evenZeros == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length % 2 == 0 && evenZeros > pairs / 3 && oddZeros == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Decoded strict(byte[] b, int start, Charset cs, Kind kind, boolean bom) {
        try {
            String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, b.length - start)).toString();
            return new Decoded(kind, Optional.of(text), bom);
        } catch (CharacterCodingException e) {
            return new Decoded(kind, Optional.empty(), bom);
        }
    }
}
