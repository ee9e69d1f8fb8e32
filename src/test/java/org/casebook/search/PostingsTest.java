package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {

    /** Postings of every length up to many chunks, small and large values, read back as added. */
    @Test
    void decodesWhatWasAddedAcrossChunks() {
        Random random = new Random(7);
        for (int df : new int[] {0, 1, 2, 5, 6, 7, 40, 1000, 30_000}) {
            int[] docs = new int[df];
            int[] body = new int[df];
            int[] fields = new int[df];
            int doc = -1;
            for (int k = 0; k < df; k++) {
                // mostly one-byte values, some up to five bytes, so chunks end on postings of every width
                doc += 1 + (random.nextInt(8) == 0 ? random.nextInt(1 << 20) : random.nextInt(3));
                docs[k] = doc;
                body[k] = random.nextInt(6) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(100);
                fields[k] = random.nextInt(6) == 0 ? random.nextInt(100_000) : random.nextInt(128);
            }
            Postings p = new Postings();
            int half = df / 2;
            for (int k = 0; k < half; k++) {
                p.add(docs[k], body[k], fields[k]);
            }
            p.addAll(docs, body, fields, half, df);
            assertEquals(df, p.df());
            assertEquals(df == 0 ? -1 : docs[df - 1], p.lastDoc());
            int[] d = new int[df];
            int[] b = new int[df];
            int[] f = new int[df];
            p.decode(d, b, f);
            assertArrayEquals(docs, d, "df " + df);
            assertArrayEquals(body, b, "df " + df);
            assertArrayEquals(fields, f, "df " + df);
        }
    }
}
