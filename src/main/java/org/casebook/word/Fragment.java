package org.casebook.word;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * One case's WordprocessingML (its facts, summary and body, everything below its title), made once
 * per build and copied into its own document and into every collection holding the case. The XML is
 * kept compressed ({@link Deflated} pieces); the numbers that differ per document (drawing ids,
 * picture relationships, footnote ids) are left out as {@link Token}s the document fills in, so a
 * copy is a few array copies, never a conversion or a compression.
 *
 * @param body      the paragraphs and tables, as pieces and tokens
 * @param notes     the footnotes ({@code <w:footnote>} elements), as pieces and tokens
 * @param media     the pictures the body's relationship tokens number, by index
 * @param drawings  how many drawings the body numbers (tokens {@code D0…})
 * @param footnotes how many footnotes ({@code F0…})
 * @param styles    the styles it uses ({@link WordStyles#bit})
 */
record Fragment(List<Object> body, List<Object> notes, List<Media> media, int drawings, int footnotes, long styles) {

    /** A number left to the document: kind {@code D} (drawing), {@code M} (picture relationship), {@code F} (footnote). */
    record Token(char kind, int index) {
    }

    /**
     * A picture part: its extension and bytes ({@code bytes} null when the build's picture budget
     * did not keep them: read from {@code file} again). {@code key} names the same picture across
     * cases, so a collection holds it once.
     */
    record Media(String key, String extension, Path file, byte[] bytes, int crc) {

        byte[] read() throws IOException {
            return bytes != null ? bytes : Files.readAllBytes(file);
        }
    }

    /** The fragment of XML written with {@link WordXml#token} placeholders, compressed piece by piece. */
    static Fragment of(CharSequence body, CharSequence notes, List<Media> media, int drawings, int footnotes,
            long styles, Deflater deflater) {
        return new Fragment(split(body, deflater), split(notes, deflater), List.copyOf(media), drawings, footnotes,
                styles);
    }

    private static List<Object> split(CharSequence xml, Deflater deflater) {
        List<Object> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0, n = xml.length(); i < n; i++) {
            if (xml.charAt(i) != WordXml.MARK) {
                continue;
            }
            if (i > start) {
                parts.add(compress(xml.subSequence(start, i), deflater));
            }
            char kind = xml.charAt(i + 1);
            int end = i + 2;
            int index = 0;
            while (xml.charAt(end) != WordXml.END) {
                index = index * 10 + (xml.charAt(end++) - '0');
            }
            parts.add(new Token(kind, index));
            start = end + 1;
            i = end;
        }
        if (start < xml.length()) {
            parts.add(compress(xml.subSequence(start, xml.length()), deflater));
        }
        return List.copyOf(parts);
    }

    private static Deflated compress(CharSequence xml, Deflater deflater) {
        return Deflated.of(xml.toString().getBytes(StandardCharsets.UTF_8), deflater);
    }
}
