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
            assertEquals(sorted[df - 1 - IndexFormat.SCORED_TOP], SearchIndexBuilder.scoreBelowTop(scores, df, IndexFormat.SCORED_TOP));
        }
    }

    @Test
    void docSetsWriteTheShortestFormAsTheThreeBuiltInFullWould() {
        Random random = new Random(13);
        for (int round = 0; round < 400; round++) {
            int docCount = 1 + random.nextInt(round % 4 == 0 ? 40 : 3000);
            // sparse, middling, dense and nearly full sets
            double density = new double[] {0.001, 0.05, 0.3, 0.6, 0.97, 1.0}[round % 6];
            int[] docs = java.util.stream.IntStream.range(0, docCount).filter(d -> random.nextDouble() < density).toArray();
            String expected = docSetsAsBefore(docs, docCount);
            assertEquals(expected, DocSets.encode(docs, docCount), "round " + round);
            // a prefix of a longer scratch array, after other text
            int[] scratch = Arrays.copyOf(docs, docs.length + 5);
            Chars out = new Chars(1).add('[').add(docs.length);
            assertEquals("[" + docs.length + expected, DocSets.encode(scratch, docs.length, docCount, out).toString());
        }
    }

    @Test
    void varintLengthsAndAppendsAgree() {
        Random random = new Random(2);
        for (int round = 0; round < 2000; round++) {
            int v = round < 100 ? round : random.nextInt(Integer.MAX_VALUE) >>> random.nextInt(31);
            StringBuilder b = new StringBuilder();
            varint(v, b);
            assertEquals(b.toString(), new Chars(1).varint(v).toString());
            assertEquals(b.length(), Base64Varint.length(v), "value " + v);
        }
    }

    @Test
    void postingsEncodeAsTheDefinitionSays() {
        Random random = new Random(29);
        SearchIndexBuilder.Encoding encoding = new SearchIndexBuilder.Encoding();
        for (int round = 0; round < 200; round++) {
            int docCount = 1 + random.nextInt(1500);
            int[] lengths = random.ints(docCount, 0, 6000).toArray();
            double avg = Arrays.stream(lengths).average().orElse(1.0);
            Postings p = new Postings();
            double density = round % 3 == 0 ? 0.9 : round % 3 == 1 ? 0.2 : 0.01;
            java.util.List<int[]> added = new java.util.ArrayList<>();
            for (int d = 0; d < docCount; d++) {
                if (random.nextDouble() < density) {
                    int[] tf = {d, random.nextInt(4) == 0 ? 0 : random.nextInt(1 + random.nextInt(50)), random.nextInt(3) * 5};
                    p.add(tf[0], tf[1], tf[2]);
                    added.add(tf);
                }
            }
            // one Encoding for every round, as a worker thread keeps it from term to term
            assertEquals(postingsAsDefined(added, docCount, lengths, avg),
                    SearchIndexBuilder.encode(p, docCount, SearchIndexBuilder.norms(lengths, avg), encoding), "round " + round);
        }
    }

    /** The varint format written character by character into a StringBuilder, as the writer did before it had {@link Chars}. */
    private static void varint(int value, StringBuilder b) {
        int v = value;
        while (v >= 32) {
            b.append(Base64Varint.ALPHABET.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        b.append(Base64Varint.ALPHABET.charAt(v));
    }

    /** The bitmap form built through an int per character, as before {@link Chars#bitmap}. */
    private static String bitmap(int[] docs, int docCount) {
        char[] out = new char[Base64Varint.bitmapLength(docs, docs.length, docCount)];
        int[] bits = new int[out.length];
        for (int d : docs) {
            bits[d / 6] |= 1 << (d % 6);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = Base64Varint.ALPHABET.charAt(bits[i]);
        }
        return new String(out);
    }

    /** The three forms of a document set built in full, the shortest taken (the bitmap on ties with it). */
    private static String docSetsAsBefore(int[] docs, int docCount) {
        int bitmapLength = 1 + Base64Varint.bitmapLength(docs, docs.length, docCount);
        StringBuilder gaps = new StringBuilder("d");
        int prev = -1;
        for (int d : docs) {
            varint(d - prev - 1, gaps);
            prev = d;
        }
        StringBuilder missing = new StringBuilder().append(DocSets.MISSING);
        if (2 * docs.length > docCount) {
            int at = 0;
            prev = -1;
            for (int d = 0; d < docCount && missing.length() < gaps.length(); d++) {
                if (at < docs.length && docs[at] == d) {
                    at++;
                } else {
                    varint(d - prev - 1, missing);
                    prev = d;
                }
            }
        }
        boolean dense = 2 * docs.length > docCount && missing.length() < gaps.length();
        StringBuilder shortest = dense ? missing : gaps;
        return shortest.length() <= bitmapLength ? shortest.toString() : "b" + bitmap(docs, docCount);
    }

    /** {@code [df,"docs","scores",default]} computed posting by posting from the BM25 definition. */
    private static String postingsAsDefined(java.util.List<int[]> postings, int docCount, int[] lengths, double avg) {
        int df = postings.size();
        int[] docs = new int[df];
        int[] scores = new int[df];
        for (int k = 0; k < df; k++) {
            int[] p = postings.get(k);
            docs[k] = p[0];
            double norm = 1 - IndexFormat.B + IndexFormat.B * lengths[p[0]] / avg;
            double tf = p[2] + p[1] / norm;
            double s = tf * (IndexFormat.K1 + 1) / (tf + IndexFormat.K1);
            scores[k] = Math.max(1, (int) Math.round(s * IndexFormat.SCORE_SCALE));
        }
        StringBuilder b = new StringBuilder();
        b.append('[').append(df).append(",\"").append(docSetsAsBefore(docs, docCount)).append("\",\"");
        int fallback = 0;
        if (df <= IndexFormat.SCORED_TOP) {
            for (int s : scores) {
                varint(s, b);
            }
        } else {
            int[] sorted = scores.clone();
            Arrays.sort(sorted);
            fallback = sorted[df - 1 - IndexFormat.SCORED_TOP];
            int prev = -1;
            for (int k = 0; k < df; k++) {
                if (scores[k] > fallback) {
                    varint(docs[k] - prev - 1, b);
                    varint(scores[k] - fallback, b);
                    prev = docs[k];
                }
            }
        }
        return b.append("\",").append(fallback).append(']').toString();
    }

    @Test
    void aShortBodyKeepsEverySentenceInOrderWithWhitespaceCollapsed() {
        String text = "一、背景\n\n园区  企业多。党员少！\n二、做法\n建立台账；按月走访。";
        assertEquals("一、背景 园区 企业多。党员少！ 二、做法 建立台账；按月走访。",
                PassagesTest.select(text, (a, b) -> 1, 10, 900));
    }

    @Test
    void aLongBodyKeepsTheSentencesWithTheRarestWordsWithinTheBudgetAndMarksGaps() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("园区党建工作稳步推进。");
        }
        text.append("\n三、成效\n台风过后船员党员驿站率先恢复。");
        for (int i = 0; i < 40; i++) {
            text.append("园区党建工作稳步推进。");
        }
        // every bigram is common except those of the typhoon sentence
        String kept = PassagesTest.select(text.toString(), (a, b) -> "台风船员驿站".indexOf(a) >= 0 ? 1 : 90, 100, 60);
        assertTrue(kept.contains("台风过后船员党员驿站率先恢复。"), kept);
        assertTrue(kept.length() <= 60 + 3, kept);
        for (String passage : kept.split("\n")) {
            assertTrue(text.toString().replace("\n", " ").contains(passage), passage);
        }
    }
}
