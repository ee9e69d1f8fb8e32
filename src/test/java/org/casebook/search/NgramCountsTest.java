package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NgramCountsTest {

    /**
     * Counts, through growth and reuse, match a map's; draining groups the n-grams by partition, each
     * group in the order counted: the multi-character n-grams first added first, then the characters.
     */
    @Test
    void countsAndDrainsGroupedByPartition() {
        Random random = new Random(3);
        NgramCounts table = new NgramCounts();
        for (int round = 0; round < 6; round++) {
            // 20,000 distinct keys make the table grow; later rounds reuse it
            int distinct = round % 2 == 0 ? 20_000 : 50;
            Map<Long, long[]> expected = new LinkedHashMap<>();
            Map<Long, long[]> characters = new LinkedHashMap<>();
            for (int k = 0; k < 60_000; k++) {
                int c = 0x4E00 + random.nextInt(distinct);
                long key = switch (random.nextInt(3)) {
                    case 0 -> NgramCounts.key(c);
                    case 1 -> NgramCounts.key(c, 0x4E00 + random.nextInt(7));
                    default -> NgramCounts.key(c, 0x4E01, 0x4E00 + random.nextInt(7));
                };
                int slot = random.nextInt(2);
                int weight = 1 + random.nextInt(slot == 0 ? 1 : 9);
                if (key >>> 48 == 1) {
                    table.addChar((char) c, slot, weight);
                    characters.computeIfAbsent(key, x -> new long[2])[slot] += weight;
                } else {
                    table.add(key, slot, weight);
                    expected.computeIfAbsent(key, x -> new long[2])[slot] += weight;
                }
            }
            expected.putAll(characters);
            int m = table.size();
            assertEquals(expected.size(), m);
            long[] keys = new long[m];
            int[] body = new int[m];
            int[] fields = new int[m];
            int[] from = new int[NgramCounts.PARTITIONS + 1];
            table.drainGrouped(keys, body, fields, from);
            assertEquals(0, table.size());
            assertEquals(0, from[0]);
            assertEquals(m, from[NgramCounts.PARTITIONS]);
            // each partition's slice: that partition's n-grams, in the order counted
            int[] next = from.clone();
            for (Map.Entry<Long, long[]> e : expected.entrySet()) {
                int p = NgramCounts.partition(e.getKey());
                int at = next[p]++;
                assertTrue(at < from[p + 1]);
                assertEquals(e.getKey(), keys[at]);
                assertEquals(e.getValue()[0], body[at]);
                assertEquals(e.getValue()[1], fields[at]);
            }
        }
    }
}
