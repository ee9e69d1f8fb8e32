package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The builder's shortcuts against the plain definitions they replace. */
class SearchIndexBuilderTest {

    @Test
    void shardsAreAboutTwoKilobytesUnlessThatMakesMoreThanTwoPerCase() {
        // 10,000 cases, ~39 MiB of terms and postings: the size decides (just under two shards a case),
        // rounded up to five significant bits: 19,968 shards of 2 KB become 20,480
        assertEquals(20_480, IndexFormat.shardCount(39L * 1024 * 1024, 10_000));
        // so an edit that adds or drops a few hundred bytes leaves the count, and every term's shard, as it was
        assertEquals(IndexFormat.shardCount(39L * 1024 * 1024, 10_000), IndexFormat.shardCount(39L * 1024 * 1024 + 700, 10_000));
        assertEquals(IndexFormat.shardCount(39L * 1024 * 1024, 10_000), IndexFormat.shardCount(39L * 1024 * 1024 - 700, 10_000));
        // a 27-case sample, ~1.2 MB: 586 shards of 2 KB would be 22 files a case; two a case instead
        assertEquals(54, IndexFormat.shardCount(1_200_000, 27));
        // the cap is on the grid too: 37 cases, 74 shards, rounded up to 76
        assertEquals(76, IndexFormat.shardCount(1_200_000, 37));
        assertEquals(1, IndexFormat.shardCount(0, 0));
        assertEquals(1, IndexFormat.shardCount(100, 5));
    }

    @Test
    void theGridsKeepFiveSignificantBitsAndTwoPercentSteps() {
        assertEquals(31, IndexFormat.onGrid(31));
        assertEquals(34, IndexFormat.onGrid(33));
        assertEquals(20_480, IndexFormat.onGrid(19_968));
        assertEquals(20_480, IndexFormat.onGrid(20_480));
        // an average body length moved by one edit stays on its grid point, and the point is within 1.1 %
        double avg = 2_876.3;
        double steady = IndexFormat.steadyAverage(avg);
        assertEquals(steady, IndexFormat.steadyAverage(avg + 0.05));
        assertTrue(Math.abs(steady - avg) / avg <= 0.011, steady + " for " + avg);
        assertTrue(IndexFormat.steadyAverage(avg * 1.05) > steady, "a real change of the corpus moves it");
    }

    @Test
    void scoreBelowTopIsTheScoreOfTheFirstDocumentLeftOut() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int df = 201 + random.nextInt(3000);
            int range = 1 + random.nextInt(round % 2 == 0 ? 5 : 2000); // many ties, or few
            int[] scores = random.ints(df, 1, range + 1).toArray();
            int[] sorted = scores.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[df - 1 - IndexFormat.SCORED_TOP], SearchIndexBuilder.scoreBelowTop(scores, IndexFormat.SCORED_TOP));
        }
    }

    @Test
    void aShortBodyKeepsEverySentenceInOrderWithWhitespaceCollapsed() {
        Tokenizer tok = new Tokenizer(TraditionalFolding.standard());
        String text = "一、背景\n\n园区  企业多。党员少！\n二、做法\n建立台账；按月走访。";
        assertEquals("一、背景 园区 企业多。党员少！ 二、做法 建立台账；按月走访。",
                Passages.select(text, tok, (a, b) -> 1, 10, 900));
    }

    @Test
    void aLongBodyKeepsTheSentencesWithTheRarestWordsWithinTheBudgetAndMarksGaps() {
        Tokenizer tok = new Tokenizer(TraditionalFolding.standard());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("园区党建工作稳步推进。");
        }
        text.append("\n三、成效\n台风过后船员党员驿站率先恢复。");
        for (int i = 0; i < 40; i++) {
            text.append("园区党建工作稳步推进。");
        }
        // every bigram is common except those of the typhoon sentence
        Passages.BigramCounts counts = (a, b) -> "台风船员驿站".indexOf(a) >= 0 ? 1 : 90;
        String kept = Passages.select(text.toString(), tok, counts, 100, 60);
        assertTrue(kept.contains("台风过后船员党员驿站率先恢复。"), kept);
        assertTrue(kept.length() <= 60 + 3, kept);
        for (String passage : kept.split("\n")) {
            assertTrue(text.toString().replace("\n", " ").contains(passage), passage);
        }
    }
}
