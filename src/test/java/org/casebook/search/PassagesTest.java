package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static final Tokenizer TOKENIZER = new Tokenizer(TraditionalFolding.standard());
    private static final String HAN = "党建园区企业服务人才引进积分制度联盟流动党员教育学习组织生活";

    @Test
    void keepsEverySentenceWhenTheBodyFitsTheBudget() {
        String body = "第一句。第二句！\n第三句";
        assertEquals("第一句。第二句！ 第三句", select(body, (a, b) -> 1, 10, 100));
    }

    @Test
    void choosesTheSentencesARankedGreedyPassWouldChoose() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            StringBuilder body = new StringBuilder();
            int sentences = 1 + random.nextInt(30);
            for (int s = 0; s < sentences; s++) {
                int len = round % 3 == 0 ? 6 : 2 + random.nextInt(40); // equal lengths and weights: ties
                String alphabet = round % 3 == 0 ? HAN.substring(0, 4) : HAN;
                for (int i = 0; i < len; i++) {
                    body.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                body.append(random.nextInt(5) == 0 ? "\n" : "。");
            }
            int docs = 50;
            int seed = random.nextInt();
            IntBinaryOperator counts = round % 3 == 0 ? (a, b) -> 1 : (a, b) -> Math.floorMod((a * 31 + b) ^ seed, docs);
            int budget = 10 + random.nextInt(300);
            String chosen = select(body.toString(), counts, docs, budget);
            assertEquals(eager(body.toString(), counts, docs, budget), chosen, "round " + round);
            assertTrue(chosen.replace("\n", "").replace(" ", "").length() <= Math.max(budget, body.length()));
        }
    }

    @Test
    void ranksNumberDistinctBigramsInAscendingSignedOrder() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int m = random.nextInt(3000);
            int[] codes = new int[m];
            for (int k = 0; k < m; k++) {
                // few distinct values or many, both signs (compatibility ideographs pack below zero)
                int x = round % 2 == 0 ? random.nextInt(40) - 20 : random.nextInt();
                codes[k] = x == 0 ? 1 : x;
            }
            int[] sorted = java.util.Arrays.stream(codes).distinct().sorted().toArray();
            Passages.Ranks ranks = Passages.Ranks.of(codes, m);
            assertEquals(java.util.Arrays.toString(sorted), java.util.Arrays.toString(ranks.distinct), "round " + round);
            for (int k = 0; k < m; k++) {
                assertEquals(codes[k], ranks.distinct[ranks.ids[k]]);
            }
        }
    }

    @Test
    void choosesAsTheGreedyPassWithCompatibilityIdeographs() {
        // U+FA0E and U+FA0F stay as they are under NFKC, and bigrams with them pack to negative ints
        Random random = new Random(3);
        String alphabet = "\uFA0E\uFA0F\uFA11党建园区企业服务";
        for (int round = 0; round < 100; round++) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 20; s++) {
                for (int i = 0, len = 3 + random.nextInt(20); i < len; i++) {
                    body.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                body.append('。');
            }
            int seed = random.nextInt();
            IntBinaryOperator counts = (a, b) -> Math.floorMod((a * 31 + b) ^ seed, 50);
            assertEquals(eager(body.toString(), counts, 50, 60), select(body.toString(), counts, 50, 60),
                    "round " + round);
        }
    }

    @Test
    void heapPollsAsAPriorityQueueOfValueThenPosition() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            double[] value = new double[n];
            for (int i = 0; i < n; i++) {
                value[i] = random.nextInt(5) / 4.0; // many ties
            }
            Passages.Heap heap = new Passages.Heap(n, value);
            java.util.PriorityQueue<Integer> queue = new java.util.PriorityQueue<>(
                    (x, y) -> value[x] != value[y] ? Double.compare(value[y], value[x]) : Integer.compare(x, y));
            for (int i = 0; i < n; i++) {
                heap.add(i);
                queue.add(i);
                if (random.nextInt(3) == 0) {
                    assertEquals(queue.poll(), heap.poll());
                }
            }
            while (!queue.isEmpty()) {
                assertEquals(queue.poll(), heap.poll());
            }
            assertTrue(heap.isEmpty());
        }
    }

    @Test
    void whitespaceShortcutAgreesWithTheJdk() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), Passages.isWhitespace((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void sentencesCollapseWhitespaceAndKeepClosingQuotes() {
        List<Boolean> ends = new ArrayList<>();
        assertEquals(List.of("他说：“好。”", "第二 句 ！", "尾"),
                Passages.sentences("  他说：“好。”\t第二\u3000\u3000句 ！ \n\n尾  ", ends));
        assertEquals(List.of(false, true, true), ends);
    }

    /** The plain greedy pass: every round re-values every sentence that still fits, takes the best, earliest on ties. */
    /** The passages of {@code text} when each bigram is in {@code counts(a, b)} of {@code docs} documents. */
    static String select(String text, IntBinaryOperator counts, int docs, int budget) {
        return Passages.select(text, TOKENIZER, (a, b) -> Passages.step(counts.applyAsInt(a, b), docs), budget);
    }

    private static String eager(String text, IntBinaryOperator counts, int docs, int budget) {
        List<Boolean> ends = new ArrayList<>();
        List<String> sentences = Passages.sentences(text, ends);
        int total = sentences.stream().mapToInt(String::length).sum();
        boolean[] keep = new boolean[sentences.size()];
        if (total <= budget) {
            java.util.Arrays.fill(keep, true);
        } else {
            List<Set<Integer>> grams = new ArrayList<>();
            for (String s : sentences) {
                Set<Integer> g = new HashSet<>();
                String n = TOKENIZER.normalize(s);
                for (int i = 0; i + 1 < n.length(); i++) {
                    if (Tokenizer.isHan(n.charAt(i)) && Tokenizer.isHan(n.charAt(i + 1))) {
                        g.add((n.charAt(i) << 16) | n.charAt(i + 1));
                    }
                }
                grams.add(g);
            }
            Set<Integer> covered = new HashSet<>();
            int used = 0;
            while (true) {
                int best = -1;
                double bestValue = 0;
                for (int i = 0; i < sentences.size(); i++) {
                    int len = sentences.get(i).length();
                    if (keep[i] || used + len > budget) {
                        continue;
                    }
                    double gain = 0;
                    for (int g : grams.get(i)) {
                        if (!covered.contains(g)) {
                            // in whole eighths of the inverse document frequency, nothing up to 1
                            double idf = Math.log((docs + 1.0) / (counts.applyAsInt((char) (g >>> 16), (char) g) + 0.5));
                            gain += idf <= 1 ? 0 : Math.floor(idf * 8) / 8;
                        }
                    }
                    if (gain / (len + 20) > bestValue) {
                        bestValue = gain / (len + 20);
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                keep[best] = true;
                used += sentences.get(best).length();
                covered.addAll(grams.get(best));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                if (b.length() > 0) {
                    b.append(!keep[i - 1] ? "\n" : ends.get(i - 1) ? " " : "");
                }
                b.append(sentences.get(i));
            }
        }
        return b.toString();
    }
}
