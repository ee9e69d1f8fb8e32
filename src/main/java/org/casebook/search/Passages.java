package org.casebook.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The passages of a body that a result fragment carries for its snippet. A fragment cannot carry
 * whole bodies (10,000 of them would not fit the index's size budget), so the body is cut into
 * sentences (at 。！？；, line ends, and long ones at commas) and, when it is longer than the budget,
 * the sentences that say the most the rest of the collection does not are kept: greedily, by the
 * inverse document frequency of the bigrams a sentence adds per character, in steps of an eighth
 * ({@link #step}: a bigram's weight moves only when its count crosses a step's edge, so that an
 * index over a knowledge base that changed a little can keep most bodies' passages,
 * {@link PassageState}). Kept sentences stay in
 * body order; consecutive ones are joined, a gap is a line break (search.js picks the passage that
 * best matches the query and cuts it at sentence boundaries).
 */
final class Passages {

    /** A bigram's weight step ({@link #step}), the weight times {@link #STEPS}. */
    interface BigramSteps {
        int step(char a, char b);
    }

    /** A sentence longer than this is cut at commas. */
    static final int LONGEST = 120;

    /** Weight steps per unit of inverse document frequency. */
    static final int STEPS = 8;

    private Passages() {
    }

    /**
     * Below this inverse document frequency (a bigram in more than about 37 % of the documents) a
     * bigram says nothing of what a body adds to the collection and weighs nothing: the counts of such
     * bigrams move with nearly every added case, and each step one of them took moved the passages of
     * most bodies.
     */
    static final double COMMON = 1.0;

    /**
     * The weight of a bigram in {@code df} of {@code docs} documents, in whole steps: ln((docs + 1) /
     * (df + 0.5)) times {@link #STEPS}, rounded down; 0 at or below {@link #COMMON}. StrictMath: the
     * same step on every JVM.
     */
    static int step(int df, int docs) {
        double w = StrictMath.log((docs + 1.0) / (df + 0.5));
        return w <= COMMON ? 0 : (int) (w * STEPS);
    }

    /** Each document count's step, {@code 0 .. docs}, looked up instead of a logarithm per bigram and body. */
    static int[] steps(int docs) {
        int[] steps = new int[docs + 1];
        for (int df = 0; df <= docs; df++) {
            steps[df] = step(df, docs);
        }
        return steps;
    }

    static String select(String text, Tokenizer tokenizer, BigramSteps steps, int budget) {
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
            choose(sentences, tokenizer, steps, budget, keep);
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
     * eager pass would (a sentence's distinct bigrams in ascending packed order), so the choice is the
     * eager one's.
     */
    private static void choose(List<String> sentences, Tokenizer tokenizer, BigramSteps steps, int budget,
            boolean[] keep) {
        int size = sentences.size();
        int[] length = new int[size];
        // every bigram occurrence of the body, sentence by sentence: codes[from[s] .. from[s + 1])
        int[] from = new int[size + 1];
        int[] codes = new int[256];
        int m = 0;
        for (int s = 0; s < size; s++) {
            String sentence = sentences.get(s);
            length[s] = sentence.length();
            char[] n = tokenizer.normalizedChars(sentence);
            if (m + n.length > codes.length) {
                codes = java.util.Arrays.copyOf(codes, Math.max(2 * codes.length, m + n.length));
            }
            for (int i = 0; i + 1 < n.length; i++) {
                char a = n[i];
                char c = n[i + 1];
                if (Tokenizer.isHan(a) && Tokenizer.isHan(c)) {
                    codes[m++] = (a << 16) | c; // never 0
                }
            }
            from[s + 1] = m;
        }
        Ranks ranks = Ranks.of(codes, m);
        int[] ids = ranks.ids;
        // each distinct bigram's weight once per body, not once per sentence that holds it
        double[] weight = new double[ranks.distinct.length];
        for (int r = 0; r < weight.length; r++) {
            int x = ranks.distinct[r];
            weight[r] = steps.step((char) (x >>> 16), (char) x) / (double) STEPS;
        }
        // each sentence's distinct bigrams in ascending order, where sorting every sentence's bigrams
        // cost more than the rest of the choice: the occurrences bucketed by rank (a counting sort) and
        // dealt out to their sentences in that order, a repeat within a sentence skipped
        int d = weight.length;
        int[] byRank = new int[d + 1];
        for (int k = 0; k < m; k++) {
            byRank[ids[k] + 1]++;
        }
        for (int r = 0; r < d; r++) {
            byRank[r + 1] += byRank[r];
        }
        int[] sentenceOf = new int[m];
        for (int s = 0; s < size; s++) {
            for (int k = from[s]; k < from[s + 1]; k++) {
                sentenceOf[byRank[ids[k]]++] = s;
            }
        }
        // byRank[r] is now where rank r + 1 starts
        int[] grams = new int[m];
        int[] gramEnd = java.util.Arrays.copyOf(from, size);
        int r = 0;
        for (int k = 0; k < m; k++) {
            while (k >= byRank[r]) {
                r++;
            }
            int s = sentenceOf[k];
            int end = gramEnd[s];
            if (end == from[s] || grams[end - 1] != r) {
                grams[end] = r;
                gramEnd[s] = end + 1;
            }
        }
        boolean[] covered = new boolean[weight.length];
        double[] value = new double[size];
        Heap queue = new Heap(size, value);
        for (int s = 0; s < size; s++) {
            value[s] = value(s, from, gramEnd, grams, weight, covered, length);
            if (value[s] > 0 && length[s] <= budget) {
                queue.add(s);
            }
        }
        int used = 0;
        while (!queue.isEmpty()) {
            int top = queue.poll();
            if (used + length[top] > budget) {
                continue; // what is used only grows: it never fits again
            }
            double now = value(top, from, gramEnd, grams, weight, covered, length);
            if (now != value[top]) {
                value[top] = now;
                if (now > 0) {
                    queue.add(top);
                }
                continue;
            }
            keep[top] = true;
            used += length[top];
            for (int k = from[top]; k < gramEnd[top]; k++) {
                covered[grams[k]] = true;
            }
        }
    }

    /** A sentence's value: its bigrams are {@code grams[from[s] .. end[s])}. */
    private static double value(int s, int[] from, int[] end, int[] grams, double[] weight, boolean[] covered,
            int[] length) {
        double gain = 0;
        for (int k = from[s]; k < end[s]; k++) {
            if (!covered[grams[k]]) {
                gain += weight[grams[k]];
            }
        }
        return gain / (length[s] + 20);
    }

    /**
     * Packed bigrams numbered by their rank among a body's distinct ones, so that ascending numbers
     * are ascending bigrams: {@code distinct} in ascending order, {@code ids} each occurrence's rank.
     */
    static final class Ranks {
        final int[] distinct;
        final int[] ids;

        private Ranks(int[] distinct, int[] ids) {
            this.distinct = distinct;
            this.ids = ids;
        }

        /** The ranks of {@code codes[0 .. m)}, non-zero ints. */
        static Ranks of(int[] codes, int m) {
            // first seen numbers from an open-addressing table, then only the distinct bigrams sorted
            int cap = Integer.highestOneBit(Math.max(16, 2 * m)) << 1;
            int mask = cap - 1;
            // the product's top bits: its low ones see only the code's low bits (the second character)
            int shift = Integer.numberOfLeadingZeros(mask);
            int[] keys = new int[cap];
            int[] first = new int[cap];
            int[] ids = new int[m];
            int[] seen = new int[m];
            int d = 0;
            for (int k = 0; k < m; k++) {
                int x = codes[k];
                int i = (x * 0x9E3779B9) >>> shift;
                while (keys[i] != 0 && keys[i] != x) {
                    i = (i + 1) & mask;
                }
                if (keys[i] == 0) {
                    keys[i] = x;
                    first[i] = d;
                    seen[d++] = x;
                }
                ids[k] = first[i];
            }
            int[] order = sortedOrder(seen, d);
            int[] rankOf = new int[d];
            int[] distinct = new int[d];
            for (int r = 0; r < d; r++) {
                distinct[r] = seen[order[r]];
                rankOf[order[r]] = r;
            }
            for (int k = 0; k < m; k++) {
                ids[k] = rankOf[ids[k]];
            }
            return new Ranks(distinct, ids);
        }

        /**
         * The positions of {@code keys[0 .. d)} in ascending (signed) order: a radix sort, a byte at a
         * time, which under C1 took a fraction of a comparison sort's time.
         */
        static int[] sortedOrder(int[] keys, int d) {
            int[] order = new int[d];
            for (int i = 0; i < d; i++) {
                order[i] = i;
            }
            int[] next = new int[d];
            int[] count = new int[257];
            for (int shift = 0; shift < 32 && d > 0; shift += 8) {
                java.util.Arrays.fill(count, 0);
                for (int i = 0; i < d; i++) {
                    count[(((keys[i] ^ Integer.MIN_VALUE) >>> shift) & 0xFF) + 1]++;
                }
                if (count[(((keys[0] ^ Integer.MIN_VALUE) >>> shift) & 0xFF) + 1] == d) {
                    continue; // every key has this byte: the pass would change nothing
                }
                for (int b = 0; b < 256; b++) {
                    count[b + 1] += count[b];
                }
                for (int i = 0; i < d; i++) {
                    int o = order[i];
                    next[count[((keys[o] ^ Integer.MIN_VALUE) >>> shift) & 0xFF]++] = o;
                }
                int[] t = order;
                order = next;
                next = t;
            }
            return order;
        }
    }

    /**
     * A binary heap of sentence numbers, the highest value first and the earlier sentence on ties:
     * a total order, so it gives what a {@code PriorityQueue} would, without boxing or a comparator.
     */
    static final class Heap {
        private final int[] items;
        private final double[] value;
        private int size;

        Heap(int capacity, double[] value) {
            this.items = new int[Math.max(1, capacity)];
            this.value = value;
        }

        boolean isEmpty() {
            return size == 0;
        }

        private boolean before(int x, int y) {
            return value[x] != value[y] ? value[x] > value[y] : x < y;
        }

        void add(int s) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!before(s, items[parent])) {
                    break;
                }
                items[i] = items[parent];
                i = parent;
            }
            items[i] = s;
        }

        int poll() {
            int top = items[0];
            int last = items[--size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && before(items[child + 1], items[child])) {
                    child++;
                }
                if (!before(items[child], last)) {
                    break;
                }
                items[i] = items[child];
                i = child;
            }
            if (size > 0) {
                items[i] = last;
            }
            return top;
        }
    }

    /** The body's sentences, whitespace collapsed, long ones cut at commas; {@code blockEnds} says which end a line. */
    static List<String> sentences(String text, List<Boolean> blockEnds) {
        List<String> out = new ArrayList<>();
        // the sentence so far in a plain array: a StringBuilder checks capacity and coder on every append under C1
        char[] cur = new char[LONGEST + 8];
        int len = 0;
        char[] t = text.toCharArray(); // String.charAt costs a coder and bounds check a call under C1
        for (int i = 0; i < t.length; i++) {
            char c = t[i];
            if (c == '\n' || c == '\r') {
                if (flush(cur, len, out)) {
                    blockEnds.add(true);
                } else if (!blockEnds.isEmpty()) {
                    blockEnds.set(blockEnds.size() - 1, true);
                }
                len = 0;
                continue;
            }
            if (isWhitespace(c)) {
                if (len > 0 && cur[len - 1] != ' ') {
                    cur = room(cur, len);
                    cur[len++] = ' ';
                }
                continue;
            }
            cur = room(cur, len);
            cur[len++] = c;
            boolean end = c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?';
            boolean comma = (c == '，' || c == ',') && len >= LONGEST / 2;
            if (end || comma || len >= LONGEST && !Character.isHighSurrogate(c)) {
                // a closing quote or bracket stays with its sentence
                while (i + 1 < t.length && closes(t[i + 1])) {
                    cur = room(cur, len);
                    cur[len++] = t[++i];
                }
                if (flush(cur, len, out)) {
                    blockEnds.add(false);
                }
                len = 0;
            }
        }
        if (flush(cur, len, out)) {
            blockEnds.add(true);
        }
        return out;
    }

    /**
     * {@link Character#isWhitespace(char)}: none lies between U+0021 and U+167F or above U+3000, so Han
     * characters and most punctuation skip the table look-up.
     */
    static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u1680' && c <= '\u3000') && Character.isWhitespace(c);
    }

    private static boolean closes(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')';
    }

    private static char[] room(char[] cur, int len) {
        return len < cur.length ? cur : java.util.Arrays.copyOf(cur, 2 * cur.length);
    }

    /**
     * Adds the sentence unless it is empty. It cannot start with whitespace (a space is only added
     * after a character) and ends with at most one collapsed space: dropping that one strips it.
     */
    private static boolean flush(char[] cur, int len, List<String> out) {
        if (len > 0 && cur[len - 1] == ' ') {
            len--;
        }
        if (len == 0) {
            return false;
        }
        out.add(new String(cur, 0, len));
        return true;
    }
}
