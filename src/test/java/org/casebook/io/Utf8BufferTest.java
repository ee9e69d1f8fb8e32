package org.casebook.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    /** Text with every kind of char a page meets, lone and split surrogate halves among them. */
    private static String randomText(Random r, int length) {
        StringBuilder b = new StringBuilder(length);
        char[] kinds = {'a', '<', '\n', 'é', 'ß', '中', '。', '\uFFFD', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\u07FF', '\u0800'};
        while (b.length() < length) {
            switch (r.nextInt(6)) {
                case 0 -> b.append(kinds[r.nextInt(kinds.length)]);
                case 1 -> b.appendCodePoint(0x1F300 + r.nextInt(0x300)); // a pair
                case 2 -> b.append((char) r.nextInt(0x10000)); // anything, lone surrogates too
                case 3 -> b.append((char) (0x4E00 + r.nextInt(0x5000)));
                default -> b.append((char) (0x20 + r.nextInt(0x5F)));
            }
        }
        return b.toString();
    }

    @Test
    void sameBytesAsStringGetBytesHoweverTheTextIsCutIntoWrites() {
        Random r = new Random(7);
        for (int round = 0; round < 3000; round++) {
            String text = randomText(r, r.nextInt(round % 10 == 0 ? 6000 : 40));
            Utf8Buffer buffer = new Utf8Buffer(r.nextInt(4));
            int at = 0;
            while (at < text.length()) {
                int n = Math.min(text.length() - at, 1 + r.nextInt(r.nextBoolean() ? 4 : 3000));
                switch (r.nextInt(4)) {
                    case 0 -> buffer.write(text, at, n);
                    case 1 -> buffer.write(text.toCharArray(), at, n);
                    case 2 -> buffer.append(text.substring(at, at + n));
                    default -> {
                        for (int k = at; k < at + n; k++) {
                            buffer.write(text.charAt(k));
                        }
                    }
                }
                at += n;
            }
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.toByteArray(), () -> "text of " + text.length());
        }
    }

    @Test
    void encodesAStringBuilderWithoutCopyingItFirstToTheSameBytes() {
        Random r = new Random(3);
        for (int round = 0; round < 500; round++) {
            String text = randomText(r, r.nextInt(round % 10 == 0 ? 9000 : 50));
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8Buffer.encode(new StringBuilder(text)));
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8Buffer.encode(text));
        }
    }

    @Test
    void aPairSplitAcrossTwoWritesIsOneCharacterAndALoneHalfAtTheEndIsAQuestionMark() {
        Utf8Buffer b = new Utf8Buffer(0);
        b.write("x\uD83D");
        b.write("\uDE00y\uD83D");
        assertArrayEquals("x\uD83D\uDE00y?".getBytes(StandardCharsets.UTF_8), b.toByteArray());
    }
}
