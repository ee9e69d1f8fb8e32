package org.casebook.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary = new Vocabulary(Map.of(TaxonomyKind.PARK, List.of(
            new Term(TaxonomyKind.PARK, "洋浦经济开发区", "yangpu", List.of("洋浦", "洋浦开发区"), ""),
            new Term(TaxonomyKind.PARK, "三亚中央商务区", "sanya-cbd", List.of("三亚CBD"), ""),
            new Term(TaxonomyKind.PARK, "海南生态软件园", "software-park", List.of("软件园"), ""))));

    @Test
    void aliasesAndWidthVariantsResolveToTheCanonicalTerm() {
        assertEquals("yangpu", vocabulary.resolve(TaxonomyKind.PARK, "洋浦").orElseThrow().slug());
        assertEquals("sanya-cbd", vocabulary.resolve(TaxonomyKind.PARK, "三亚ＣＢＤ").orElseThrow().slug());
        assertEquals("sanya-cbd", vocabulary.resolve(TaxonomyKind.PARK, " 三亚cbd\u200B").orElseThrow().slug());
        assertTrue(vocabulary.resolve(TaxonomyKind.PARK, "江东").isEmpty());
    }

    @Test
    void suggestsForTyposAndSuffixSlips() {
        assertEquals("洋浦经济开发区", vocabulary.suggest(TaxonomyKind.PARK, "洋浦开发").orElseThrow().name());
        assertEquals("海南生态软件园", vocabulary.suggest(TaxonomyKind.PARK, "软件").orElseThrow().name());
        assertEquals("洋浦经济开发区", vocabulary.suggest(TaxonomyKind.PARK, "洋浦经济开法区").orElseThrow().name());
        assertTrue(vocabulary.suggest(TaxonomyKind.PARK, "江东新区").isEmpty());
    }

    @Test
    void editDistanceCountsCharactersNotBytes() {
        assertEquals(1, Suggestions.distance("洋浦开发", "洋浦开发区"));
        assertEquals(0, Suggestions.distance("", ""));
        assertEquals(3, Suggestions.distance("abc", ""));
    }
}
