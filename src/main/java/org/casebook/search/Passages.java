package org.casebook.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The passages of a body that a result fragment carries for its snippet. A fragment cannot carry
 * whole bodies (10,000 of them would not fit the index's size budget), so the body is cut into
 * sentences (at 。！？；, line ends, and long ones at commas) and, when it is longer than the budget,
 * the sentences that say the most the rest of the collection does not are kept: greedily, by the
 * inverse document frequency of the bigrams a sentence adds per character. Kept sentences stay in
 * body order; consecutive ones are joined, a gap is a line break (search.js picks the passage that
 * best matches the query and cuts it at sentence boundaries).
 */
final class Passages {

    /** The document count of a Han bigram in the index. */
    interface BigramCounts {
        int df(char a, char b);
    }

    /** A sentence longer than this is cut at commas. */
    static final int LONGEST = 120;

    private Passages() {
    }

    static String select(String text, Tokenizer tokenizer, BigramCounts counts, int docs, int budget) {
        List<Boolean> blockEnds = new ArrayList<>();
        List<String> sentences = sentences(text, blockEnds);
        int total = 0;
        for (String s : sentences) {
            total += s.length();
        }
        boolean[] keep = new boolean[sentences.size()];
        if (total <= budget) {
            java.util.Arrays.fill(keep, true);
        } else {
            choose(sentences, tokenizer, counts, docs, budget, keep);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keep.length; i++) {
            if (!keep[i]) {
                continue;
            }
            if (b.length() > 0) {
                b.append(!keep[i - 1] ? "\n" : blockEnds.get(i - 1) ? " " : "");
            }
            b.append(sentences.get(i));
        }
        return b.toString();
    }

    /**
     * The greedy choice above, made lazily: a sentence's value only falls as others cover its
     * bigrams, so a stale value is an upper bound and only the sentence on top of the queue is
     * re-valued. Ties go to the earlier sentence, and each value is summed in the same order as an
     * eager pass would, so the choice is the eager one's.
     */
    private static void choose(List<String> sentences, Tokenizer tokenizer, BigramCounts counts, int docs, int budget,
            boolean[] keep) {
        int size = sentences.size();
        int[][] grams = new int[size][];
        double[][] weights = new double[size][];
        for (int s = 0; s < size; s++) {
            char[] n = tokenizer.normalize(sentences.get(s)).toCharArray();
            int[] g = new int[Math.max(0, n.length - 1)];
            int m = 0;
            for (int i = 0; i + 1 < n.length; i++) {
                char a = n[i];
                char c = n[i + 1];
                if (Tokenizer.isHan(a) && Tokenizer.isHan(c)) {
                    g[m++] = (a << 16) | c;
                }
            }
            // each distinct bigram once (a Han bigram packs to a positive int, never 0)
            java.util.Arrays.sort(g, 0, m);
            int distinct = 0;
            for (int k = 0; k < m; k++) {
                if (distinct == 0 || g[k] != g[distinct - 1]) {
                    g[distinct++] = g[k];
                }
            }
            grams[s] = java.util.Arrays.copyOf(g, distinct);
            weights[s] = new double[distinct];
            for (int k = 0; k < distinct; k++) {
                int x = grams[s][k];
                weights[s][k] = Math.log((docs + 1.0) / (counts.df((char) (x >>> 16), (char) x) + 0.5));
            }
        }
        IntSet covered = new IntSet();
        double[] value = new double[size];
        java.util.PriorityQueue<Integer> queue = new java.util.PriorityQueue<>(Math.max(1, size),
                (x, y) -> value[x] != value[y] ? Double.compare(value[y], value[x]) : Integer.compare(x, y));
        for (int s = 0; s < size; s++) {
            value[s] = value(s, grams, weights, covered, sentences);
            if (value[s] > 0 && sentences.get(s).length() <= budget) {
                queue.add(s);
            }
        }
        int used = 0;
        while (!queue.isEmpty()) {
            int top = queue.poll();
            if (used + sentences.get(top).length() > budget) {
                continue; // what is used only grows: it never fits again
            }
            double now = value(top, grams, weights, covered, sentences);
            if (now != value[top]) {
                value[top] = now;
                if (now > 0) {
                    queue.add(top);
                }
                continue;
            }
            keep[top] = true;
            used += sentences.get(top).length();
            for (int gram : grams[top]) {
                covered.add(gram);
            }
        }
    }

    private static double value(int s, int[][] grams, double[][] weights, IntSet covered, List<String> sentences) {
        double gain = 0;
        for (int k = 0; k < grams[s].length; k++) {
            if (!covered.contains(grams[s][k])) {
                gain += weights[s][k];
            }
        }
        return gain / (sentences.get(s).length() + 20);
    }

    /** The bigrams already covered: an open-addressing set of positive ints, without boxing. */
    private static final class IntSet {
        private int[] slots = new int[256];
        private int size;

        boolean contains(int v) {
            int mask = slots.length - 1;
            for (int i = mix(v) & mask; slots[i] != 0; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return true;
                }
            }
            return false;
        }

        void add(int v) {
            int mask = slots.length - 1;
            int i = mix(v) & mask;
            for (; slots[i] != 0; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return;
                }
            }
            slots[i] = v;
            if (++size * 2 > slots.length) {
                int[] old = slots;
                slots = new int[old.length * 2];
                size = 0;
                for (int o : old) {
                    if (o != 0) {
                        add(o);
                    }
                }
            }
        }

        private static int mix(int v) {
            return (v * 0x9E3779B9) >>> 7;
        }
    }

    /** The body's sentences, whitespace collapsed, long ones cut at commas; {@code blockEnds} says which end a line. */
    static List<String> sentences(String text, List<Boolean> blockEnds) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char[] t = text.toCharArray(); // String.charAt costs a coder and bounds check a call under C1
        for (int i = 0; i < t.length; i++) {
            char c = t[i];
            if (c == '\n' || c == '\r') {
                if (flush(cur, out)) {
                    blockEnds.add(true);
                } else if (!blockEnds.isEmpty()) {
                    blockEnds.set(blockEnds.size() - 1, true);
                }
                continue;
            }
            // no whitespace lies between U+0021 and U+167F: most characters skip the table look-up
            if ((c <= ' ' || c >= '\u1680') && Character.isWhitespace(c)) {
                if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' ') {
                    cur.append(' ');
                }
                continue;
            }
            cur.append(c);
            boolean end = c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?';
            boolean comma = (c == '，' || c == ',') && cur.length() >= LONGEST / 2;
            if (end || comma || cur.length() >= LONGEST && !Character.isHighSurrogate(c)) {
                // a closing quote or bracket stays with its sentence
                while (i + 1 < t.length && "”’」』）)".indexOf(t[i + 1]) >= 0) {
                    cur.append(t[++i]);
                }
                if (flush(cur, out)) {
                    blockEnds.add(false);
                }
            }
        }
        if (flush(cur, out)) {
            blockEnds.add(true);
        }
        return out;
    }

    private static boolean flush(StringBuilder cur, List<String> out) {
        String s = cur.toString().strip();
        cur.setLength(0);
        if (s.isEmpty()) {
            return false;
        }
        out.add(s);
        return true;
    }
}
