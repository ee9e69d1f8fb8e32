package org.casebook.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * The cases most related to each case: shared terms (a shared theme weighs most, since that is what
 * a reader came to learn), shared keywords, and shared distinctive text features of title, summary,
 * keywords and body.
 *
 * <p>Comparing every pair would be quadratic; instead each case keeps only its {@link #FEATURES_PER_CASE}
 * most distinctive text features, and an inverted index over those features (dropping features so
 * common that they say nothing) yields the candidates. Cases sharing a term but no text are found by
 * walking a bounded prefix of the term's case list. Work per case is bounded, so the whole run is
 * O(n·k). Never the case itself, never a draft; ties broken newest first, then by slug.
 */
public final class RelatedCases {

    public static final int LIMIT = 5;
    static final int FEATURES_PER_CASE = 32;
    static final int TERM_CANDIDATES = 40;
    static final int MAX_BODY_CHARS = 4000;
    static final double KEYWORD_WEIGHT = 2.0;
    static final double TEXT_WEIGHT = 4.0;

    private final Map<String, List<Case>> bySlug;

    private RelatedCases(Map<String, List<Case>> bySlug) {
        this.bySlug = bySlug;
    }

    /** Related cases of every case of the knowledge base; {@code text} gives a case's body as plain text. */
    public static RelatedCases of(KnowledgeBase kb, Function<Case, String> text) {
        // transient, gone before the outputs (which need the most memory) start
        return of(kb, text, Runtime.getRuntime().maxMemory() / 16);
    }

    /** As {@link #of(KnowledgeBase, Function)}, keeping at most about {@code keepBytes} of case features. */
    static RelatedCases of(KnowledgeBase kb, Function<Case, String> text, long keepBytes) {
        List<Case> all = kb.cases();
        int n = (int) all.stream().filter(c -> !c.draft()).count();
        ThreadLocal<FeatureCounts> counts = ThreadLocal.withInitial(FeatureCounts::new);
        // each case's features are extracted once, in pass 1, and kept compactly for pass 2 while they
        // fit a share of the heap; past it (a very large knowledge base) pass 2 extracts them again
        KeptFeatures[] kept = new KeptFeatures[all.size()];
        AtomicLong room = new AtomicLong(keepBytes);
        // pass 1: document frequencies over the published cases
        FeatureCounts df = IntStream.range(0, all.size()).parallel().collect(FeatureCounts::new, (m, i) -> {
            FeatureCounts tf = features(all.get(i), text, counts.get());
            if (!all.get(i).draft()) {
                tf.forEach((k, v) -> m.add(k, 1));
            }
            kept[i] = KeptFeatures.of(tf, room);
        }, FeatureCounts::addAll);
        // a feature in more than this many cases is too common to suggest a relation, and would make the index quadratic
        int maxDf = Math.max(16, (int) Math.sqrt(n) * 2);
        // pass 2: each case's few most distinctive features (parallel, but each result depends on its case
        // only; nor on the order its features are visited in, the order of the best being total)
        List<Top> tops = IntStream.range(0, all.size()).parallel().mapToObj(i -> {
            Case c = all.get(i);
            KeptFeatures f = kept[i];
            kept[i] = null;
            return distinctive(f != null ? f::forEach : features(c, text, counts.get())::forEach, c.draft(), df, n,
                    maxDf);
        }).toList();
        // cases are addressed by their position in kb.cases() from here on: arrays instead of maps keyed by slug
        Map<String, Integer> position = new HashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).slug(), i);
        }
        Map<Long, int[]> postings = postings(all, tops);
        Map<String, int[]> termCandidates = termCandidates(kb, position);
        Tags tags = Tags.of(all);
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(all.size()));
        List<List<Case>> lists = IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> related(all, i, tops.get(i), postings, termCandidates, tags, scratch.get())).toList();
        Map<String, List<Case>> result = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            result.put(all.get(i).slug(), lists.get(i));
        }
        return new RelatedCases(result);
    }

    /** A case's most distinctive features, best first (higher weight, then lower key). */
    private record Top(long[] keys, double[] weights) {
    }

    /** Each distinctive feature's published cases, as positions in {@code all}'s order. */
    private static Map<Long, int[]> postings(List<Case> all, List<Top> tops) {
        Map<Long, int[]> sizes = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).draft()) {
                for (long k : tops.get(i).keys()) {
                    sizes.computeIfAbsent(k, x -> new int[1])[0]++;
                }
            }
        }
        Map<Long, int[]> postings = new HashMap<>(sizes.size() * 2);
        sizes.forEach((k, v) -> postings.put(k, new int[v[0]]));
        sizes.values().forEach(v -> v[0] = 0);
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).draft()) {
                for (long k : tops.get(i).keys()) {
                    postings.get(k)[sizes.get(k)[0]++] = i;
                }
            }
        }
        return postings;
    }

    /** Per term key, the first {@link #TERM_CANDIDATES} published cases of the term: the same for every case. */
    private static Map<String, int[]> termCandidates(KnowledgeBase kb, Map<String, Integer> position) {
        Map<String, int[]> out = new HashMap<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : kb.vocabulary().terms(kind)) {
                out.put(t.key(), kb.casesFor(t).stream().filter(o -> !o.draft()).limit(TERM_CANDIDATES)
                        .mapToInt(o -> position.get(o.slug())).toArray());
            }
        }
        return out;
    }

    /** Per-thread working arrays, indexed by case position and cleared after each case. */
    private static final class Scratch {
        final double[] textScore;
        final boolean[] seen;
        final int[] touched;

        Scratch(int n) {
            textScore = new double[n];
            seen = new boolean[n];
            touched = new int[n];
        }
    }

    /**
     * Every case's terms and keywords as small integer ids (equal values, equal ids), so that scoring
     * thousands of candidates per case compares ints instead of records and strings. Terms come from
     * a small vocabulary: while every kind has at most 64 and no case repeats one, a case's terms of a
     * kind are one bit mask and sharing is a bit count.
     */
    private record Tags(int[][][] byKind, int[][] keywords, long[] keywordSigs, long[][] masks) {

        static Tags of(List<Case> all) {
            int n = all.size();
            TaxonomyKind[] kinds = TaxonomyKind.values();
            int[][][] byKind = new int[kinds.length][n][];
            int[][] keywords = new int[n][];
            List<Map<Object, Integer>> termIds = new ArrayList<>();
            for (int k = 0; k < kinds.length; k++) {
                termIds.add(new HashMap<>());
            }
            Map<Object, Integer> keywordIds = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Case c = all.get(i);
                for (int k = 0; k < kinds.length; k++) {
                    byKind[k][i] = ids(c.terms(kinds[k]), termIds.get(k));
                }
                keywords[i] = ids(c.keywords(), keywordIds);
            }
            // keywords are open-ended: a signature (id mod 64) rules out most pairs before the exact count
            long[] sigs = new long[n];
            for (int i = 0; i < n; i++) {
                for (int id : keywords[i]) {
                    sigs[i] |= 1L << (id & 63);
                }
            }
            long[][] masks = new long[kinds.length][];
            for (int k = 0; k < kinds.length; k++) {
                masks[k] = masks(byKind[k]);
                if (masks[k] == null) {
                    return new Tags(byKind, keywords, sigs, null);
                }
            }
            return new Tags(byKind, keywords, sigs, masks);
        }

        /** One mask per case, or null when an id is 64 or more or a case repeats a term. */
        private static long[] masks(int[][] ids) {
            long[] out = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                for (int id : ids[i]) {
                    if (id >= 64 || (out[i] & 1L << id) != 0) {
                        return null;
                    }
                    out[i] |= 1L << id;
                }
            }
            return out;
        }

        private static int[] ids(List<?> values, Map<Object, Integer> ids) {
            int[] out = new int[values.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = ids.computeIfAbsent(values.get(k), x -> ids.size());
            }
            return out;
        }

        /**
         * The kinds' {@link TaxonomyKind#relatedWeight()}s: {@code values()} copies its array on every
         * call, and the launcher's JIT does not optimise the copy away (this runs once per candidate pair).
         */
        private static final double[] KIND_WEIGHTS = java.util.Arrays.stream(TaxonomyKind.values())
                .mapToDouble(TaxonomyKind::relatedWeight).toArray();

        /**
         * Shared keywords plus each kind's shared terms at {@link TaxonomyKind#relatedWeight()} (themes weigh
         * most); a repeated value counts per repeat. The weights and counts are whole numbers, so the sum is
         * exact in any order.
         */
        double score(int a, int b) {
            double s = (keywordSigs[a] & keywordSigs[b]) == 0 ? 0 : KEYWORD_WEIGHT * shared(keywords[a], keywords[b]);
            for (int k = 0; k < KIND_WEIGHTS.length; k++) {
                s += KIND_WEIGHTS[k] * (masks != null ? Long.bitCount(masks[k][a] & masks[k][b])
                        : shared(byKind[k][a], byKind[k][b]));
            }
            return s;
        }

        private static int shared(int[] a, int[] b) {
            int n = 0;
            for (int x : a) {
                for (int y : b) {
                    if (x == y) {
                        n++;
                        break;
                    }
                }
            }
            return n;
        }
    }

    private static FeatureCounts features(Case c, Function<Case, String> text, FeatureCounts counts) {
        String body = text.apply(c);
        // a case's opening says what it is about; the cap keeps the work per case bounded however long it is
        if (body.length() > MAX_BODY_CHARS) {
            body = body.substring(0, MAX_BODY_CHARS);
        }
        counts.clear();
        TextFeatures.addTo(c.title() + "\n" + c.title() + "\n" + c.summary() + "\n"
                + String.join(" ", c.keywords()) + "\n" + body, counts);
        return counts;
    }

    private static Top distinctive(Consumer<FeatureCounts.Entry> tf, boolean draft, FeatureCounts df, int n, int maxDf) {
        // the FEATURES_PER_CASE best in (weight desc, key asc) order, kept sorted in small arrays
        long[] keys = new long[FEATURES_PER_CASE];
        double[] weights = new double[FEATURES_PER_CASE];
        int[] size = {0};
        tf.accept((key, count) -> {
            int d = df.get(key);
            int others = draft ? d : d - 1;
            if (others < 1 || d > maxDf) {
                return;
            }
            double w = Math.log(1.0 + (double) n / Math.max(1, d)) * (1.0 + Math.log(count));
            int k = size[0];
            if (k == FEATURES_PER_CASE && !better(w, key, weights[k - 1], keys[k - 1])) {
                return;
            }
            int at = Math.min(k, FEATURES_PER_CASE - 1);
            while (at > 0 && better(w, key, weights[at - 1], keys[at - 1])) {
                if (at < FEATURES_PER_CASE) {
                    keys[at] = keys[at - 1];
                    weights[at] = weights[at - 1];
                }
                at--;
            }
            keys[at] = key;
            weights[at] = w;
            size[0] = Math.min(k + 1, FEATURES_PER_CASE);
        });
        return new Top(java.util.Arrays.copyOf(keys, size[0]), java.util.Arrays.copyOf(weights, size[0]));
    }

    private static boolean better(double w, long key, double otherW, long otherKey) {
        return w > otherW || (w == otherW && key < otherKey);
    }

    private static List<Case> related(List<Case> all, int self, Top own, Map<Long, int[]> postings,
            Map<String, int[]> termCandidates, Tags tags, Scratch s) {
        Case c = all.get(self);
        double ownTotal = 0;
        for (double w : own.weights()) {
            ownTotal += w;
        }
        int touched = 0;
        for (int f = 0; f < own.keys().length; f++) {
            int[] cases = postings.get(own.keys()[f]);
            if (cases == null) {
                continue;
            }
            double v = own.weights()[f];
            for (int other : cases) {
                if (!s.seen[other]) {
                    s.seen[other] = true;
                    s.touched[touched++] = other;
                }
                s.textScore[other] += v;
            }
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : c.terms(kind)) {
                for (int other : termCandidates.getOrDefault(t.key(), new int[0])) {
                    if (!s.seen[other]) {
                        s.seen[other] = true;
                        s.touched[touched++] = other;
                    }
                }
            }
        }
        // best first: higher score, then newer, then slug; a bounded heap keeps the worst of the best on top
        Comparator<Map.Entry<Case, Double>> best = Map.Entry.<Case, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(KnowledgeBase.NEWEST_FIRST));
        PriorityQueue<Map.Entry<Case, Double>> top = new PriorityQueue<>(LIMIT + 1, best.reversed());
        // the worst score of a full heap, as a plain double: most candidates fall below it, and peeking
        // and unboxing for each of them cost as much as scoring it
        double floor = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < touched; k++) {
            int other = s.touched[k];
            double text = s.textScore[other];
            s.textScore[other] = 0;
            s.seen[other] = false;
            if (other == self) {
                continue;
            }
            double score = tags.score(self, other) + (ownTotal == 0 ? 0 : TEXT_WEIGHT * text / ownTotal);
            if (score > 0 && score >= floor) {
                top.add(Map.entry(all.get(other), score));
                if (top.size() > LIMIT) {
                    top.poll();
                }
                if (top.size() == LIMIT) {
                    floor = top.peek().getValue();
                }
            }
        }
        List<Map.Entry<Case, Double>> scored = new ArrayList<>(top);
        scored.sort(best);
        return scored.stream().map(Map.Entry::getKey).toList();
    }

    /** The related cases of a case, best first; empty for an unknown slug. */
    public List<Case> of(String slug) {
        return bySlug.getOrDefault(slug, List.of());
    }
}
