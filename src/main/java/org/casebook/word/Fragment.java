package org.casebook.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.io.Utf8Buffer;

/**
 * One case's WordprocessingML (its facts, summary and body, everything below its title), made once
 * per build and copied into its own document and into every collection holding the case. It is kept
 * as UTF-8 bytes; the numbers that differ per document (drawing ids, picture relationships, footnote
 * ids) are left out as tokens ({@link WordXml#token}: MARK, a kind letter, an index, END, bytes that
 * never occur in escaped text) which the document fills in while it copies. So are the ends of a link
 * to another case ({@code H} and {@code h}): a collection holding that case makes them a hyperlink to
 * its title, any other document leaves the link's text as it is. Documents are compressed
 * whole rather than built of pieces compressed apart: across the cases of a collection the markup
 * repeats, and one deflate stream over a collection came out at less than half the size.
 *
 * @param body      the paragraphs and tables
 * @param notes     the footnotes ({@code <w:footnote>} elements)
 * @param media     the pictures the body's relationship tokens ({@code M}) number, by index
 * @param drawings  how many drawings the body numbers (tokens {@code D0…})
 * @param footnotes how many footnotes ({@code F0…})
 * @param styles    the styles it uses ({@link WordStyles#bit})
 * @param links     the slugs of the cases its link tokens ({@code H}, {@code h}) go to, by index
 */
record Fragment(byte[] body, byte[] notes, List<Media> media, int drawings, int footnotes, long styles,
        List<String> links) {

    /**
     * A picture part: its extension and bytes ({@code bytes} null when the build's picture budget
     * did not keep them: read from {@code file} again). {@code key} names the same picture across
     * cases, so a collection holds it once.
     */
    record Media(String key, String extension, Path file, byte[] bytes) {

        byte[] read() throws IOException {
            return bytes != null ? bytes : Files.readAllBytes(file);
        }
    }

    static Fragment of(CharSequence body, CharSequence notes, List<Media> media, int drawings, int footnotes,
            long styles) {
        return of(body, notes, media, drawings, footnotes, styles, List.of());
    }

    static Fragment of(CharSequence body, CharSequence notes, List<Media> media, int drawings, int footnotes,
            long styles, List<String> links) {
        return new Fragment(Utf8Buffer.encode(body), Utf8Buffer.encode(notes), List.copyOf(media), drawings, footnotes,
                styles, List.copyOf(links));
    }

    /** What a document puts in for a token. */
    interface Numbers {
        String value(char kind, int index);
    }

    /** Writes {@code xml} to {@code out} with every token replaced by its number. */
    static void copy(byte[] xml, DeflatedPart out, Numbers numbers) {
        int start = 0;
        for (int i = 0; i < xml.length; i++) {
            if (xml[i] != WordXml.MARK) {
                continue;
            }
            out.write(xml, start, i - start);
            char kind = (char) xml[i + 1];
            int end = i + 2;
            int index = 0;
            while (xml[end] != WordXml.END) {
                index = index * 10 + (xml[end++] - '0');
            }
            out.write(numbers.value(kind, index));
            start = end + 1;
            i = end;
        }
        out.write(xml, start, xml.length - start);
    }
}
