package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NgramCountsTest {

    /** Counts, through growth and reuse, match a map's; grouped draining gives drainTo's n-grams by partition. */
    @Test
    void countsAndDrainsGroupedByPartition() {
        Random random = new Random(3);
        NgramCounts grouped = new NgramCounts();
        NgramCounts plain = new NgramCounts();
        for (int round = 0; round < 6; round++) {
            // 20,000 distinct keys make the table grow; later rounds reuse it
            int distinct = round % 2 == 0 ? 20_000 : 50;
            Map<Long, long[]> expected = new HashMap<>();
            for (int k = 0; k < 60_000; k++) {
                int c = 0x4E00 + random.nextInt(distinct);
                long key = switch (random.nextInt(3)) {
                    case 0 -> NgramCounts.key(c);
                    case 1 -> NgramCounts.key(c, 0x4E00 + random.nextInt(7));
                    default -> NgramCounts.key(c, 0x4E01, 0x4E00 + random.nextInt(7));
                };
                int slot = random.nextInt(2);
                int weight = 1 + random.nextInt(slot == 0 ? 1 : 9);
                for (NgramCounts table : new NgramCounts[] {grouped, plain}) {
                    if (key >>> 48 == 1) {
                        table.addChar((char) c, slot, weight);
                    } else {
                        table.add(key, slot, weight);
                    }
                }
                expected.computeIfAbsent(key, x -> new long[2])[slot] += weight;
            }
            int m = plain.size();
            assertEquals(expected.size(), m);
            assertEquals(m, grouped.size());
            long[] keys = new long[m];
            int[] body = new int[m];
            int[] fields = new int[m];
            plain.drainTo(keys, body, fields);
            long[] gKeys = new long[m];
            int[] gBody = new int[m];
            int[] gFields = new int[m];
            int[] from = new int[NgramCounts.PARTITIONS + 1];
            grouped.drainGrouped(gKeys, gBody, gFields, from);
            assertEquals(0, plain.size());
            assertEquals(0, grouped.size());
            assertEquals(0, from[0]);
            assertEquals(m, from[NgramCounts.PARTITIONS]);
            // each partition's slice: drainTo's entries of that partition, in drainTo's order
            int[] next = from.clone();
            for (int k = 0; k < m; k++) {
                int p = NgramCounts.partition(keys[k]);
                int at = next[p]++;
                assertTrue(at < from[p + 1]);
                assertEquals(keys[k], gKeys[at]);
                assertEquals(body[k], gBody[at]);
                assertEquals(fields[k], gFields[at]);
                long[] counts = expected.get(keys[k]);
                assertEquals(counts[0], body[k]);
                assertEquals(counts[1], fields[k]);
            }
        }
    }
}
