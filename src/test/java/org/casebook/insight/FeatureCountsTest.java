package org.casebook.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureCountsTest {

    @Test
    void countsLikeAMapThroughGrowthClearingAndMerging() {
        Random random = new Random(3);
        FeatureCounts counts = new FeatureCounts();
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            // positive packed pairs and negative hashes, with many repeats
            long key = random.nextBoolean() ? 1 + random.nextInt(3000) : TextFeatures.hashed("w" + random.nextInt(3000));
            counts.add(key, 1);
            expected.merge(key, 1, Integer::sum);
        }
        assertEquals(expected.size(), counts.size());
        expected.forEach((k, v) -> assertEquals(v, counts.get(k), () -> "key " + k));
        assertEquals(0, counts.get(TextFeatures.hashed("absent")));

        FeatureCounts other = new FeatureCounts();
        other.addAll(counts);
        other.addAll(counts);
        expected.forEach((k, v) -> assertEquals(2 * v, other.get(k)));

        counts.clear();
        assertEquals(0, counts.size());
        expected.keySet().forEach(k -> assertEquals(0, counts.get(k)));
    }

    @Test
    void hanPairsArePackedAndWordsHashedApart() {
        FeatureCounts counts = new FeatureCounts();
        TextFeatures.addTo("党建引领 Party building 党建", counts);
        assertEquals(2, counts.get((long) '党' << 16 | '建'));
        assertEquals(1, counts.get((long) '引' << 16 | '领'));
        assertEquals(1, counts.get(TextFeatures.hashed("party")));
        assertEquals(1, counts.get(TextFeatures.hashed("building")));
        // 党建, 建引, 引领, party, building
        assertEquals(5, counts.size());
        assertTrue(TextFeatures.hashed("party") < 0, "hashed features never meet packed pairs");
    }
}
