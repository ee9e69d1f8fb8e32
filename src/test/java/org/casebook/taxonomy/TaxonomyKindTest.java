package org.casebook.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The definition is consistent: what the rest of the code derives from it must make sense. */
class TaxonomyKindTest {

    @Test
    void keysAreDistinctAsciiSlugsAndFindTheirKind() {
        Set<String> keys = new HashSet<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            assertTrue(kind.key().matches("[a-z][a-z0-9_]*"), kind.key());
            assertTrue(keys.add(kind.key()), kind.key());
            assertEquals(kind, TaxonomyKind.byKey(kind.key()).orElseThrow());
            assertEquals("--" + kind.key(), kind.option());
        }
        assertEquals(TaxonomyKind.values().length, TaxonomyKind.keys().size());
        assertFalse(TaxonomyKind.byKey("keywords").isPresent());
    }

    @Test
    void exactlyOnePlaceAndOneTopicAndTheCoverageSetsThePlaceAgainstEveryOtherKind() {
        TaxonomyKind place = TaxonomyKind.place();
        assertTrue(TaxonomyKind.topic() != place);
        assertEquals(TaxonomyKind.values().length - 1, TaxonomyKind.besidesPlace().size());
        assertFalse(TaxonomyKind.besidesPlace().contains(place));
    }

    @Test
    void wordsMeantForAFieldBelongToOneKindAndAreNoKey() {
        Set<String> words = new HashSet<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (String w : kind.meant()) {
                assertTrue(words.add(w), w);
                assertFalse(TaxonomyKind.byKey(w).isPresent(), w);
            }
            assertTrue(kind.relatedWeight() > 0 && kind.relatedWeight() == Math.rint(kind.relatedWeight()),
                    "related-case scores add whole numbers, so their order does not matter: " + kind);
        }
    }
}
