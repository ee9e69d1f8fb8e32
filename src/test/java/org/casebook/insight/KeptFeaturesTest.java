package org.casebook.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptFeaturesTest {

    private static Map<Long, Integer> map(FeatureCounts counts) {
        Map<Long, Integer> out = new HashMap<>();
        counts.forEach(out::put);
        return out;
    }

    private static Map<Long, Integer> map(KeptFeatures kept) {
        Map<Long, Integer> out = new HashMap<>();
        kept.forEach((k, v) -> assertNull(out.put(k, v), "visited once"));
        return out;
    }

    @Test
    void keepsEveryKeyAndCountAndTakesItsRoom() {
        FeatureCounts counts = new FeatureCounts();
        // 龘 and 龥 pack above 2^31: the int they are kept in reads back unsigned
        TextFeatures.addTo("党建引领 Party building 龘龘龘 " + "龥党".repeat(200) + " word".repeat(255), counts);
        counts.add(Long.MAX_VALUE, 7);
        assertEquals(255, counts.get(TextFeatures.hashed("word")));
        long bytes = KeptFeatures.bytes(6, 4);
        AtomicLong room = new AtomicLong(bytes + 10);
        KeptFeatures kept = KeptFeatures.of(counts, room);
        assertNotNull(kept);
        assertEquals(10, kept.size());
        assertEquals(map(counts), map(kept));
        assertEquals(10, room.get());
    }

    @Test
    void notKeptWithoutRoomOrWithACountAboveAByte() {
        FeatureCounts counts = new FeatureCounts();
        TextFeatures.addTo("党建".repeat(3), counts);
        AtomicLong room = new AtomicLong(KeptFeatures.bytes(2, 0) - 1);
        assertNull(KeptFeatures.of(counts, room));
        assertEquals(KeptFeatures.bytes(2, 0) - 1, room.get(), "nothing taken");

        counts.clear();
        TextFeatures.addTo(" word".repeat(KeptFeatures.MAX_COUNT + 1), counts);
        room.set(Long.MAX_VALUE);
        assertNull(KeptFeatures.of(counts, room));
        assertEquals(Long.MAX_VALUE, room.get());
    }
}
