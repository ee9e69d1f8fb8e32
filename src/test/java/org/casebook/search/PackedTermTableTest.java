package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedTermTableTest {

    /** Terms are numbered in the order first seen, through growth; look-ups by key and number agree. */
    @Test
    void numbersTermsInOrderFirstSeen() {
        PackedTermTable table = new PackedTermTable();
        Map<Long, Integer> ids = new HashMap<>();
        for (int k = 0; k < 50_000; k++) {
            long key = NgramCounts.key(0x4E00 + (k * 7919) % 20_000, 0x4E00 + k % 3);
            int id = table.id(key);
            Integer seen = ids.putIfAbsent(key, ids.size());
            assertEquals(seen == null ? ids.size() - 1 : seen, id);
            assertSame(table.postings(id), table.find(key));
            assertSame(table.postings(id), table.find(key));
        }
        assertEquals(ids.size(), table.size());
        assertNull(table.find(NgramCounts.key(0x4E00, 0x4E00, 0x4E00)));
        int[] visited = {0};
        table.forEach((key, postings) -> {
            assertSame(table.postings(ids.get(key)), postings);
            visited[0]++;
        });
        assertEquals(ids.size(), visited[0]);
    }
}
