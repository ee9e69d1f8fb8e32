package org.casebook.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
    static final double THEME_WEIGHT = 3.0;
    static final double PARK_WEIGHT = 1.0;
    static final double METHOD_WEIGHT = 1.0;
    static final double KEYWORD_WEIGHT = 2.0;
    static final double TEXT_WEIGHT = 4.0;

    private final Map<String, List<Case>> bySlug;

    private RelatedCases(Map<String, List<Case>> bySlug) {
        this.bySlug = bySlug;
    }

    /** Related cases of every case of the knowledge base; {@code text} gives a case's body as plain text. */
    public static RelatedCases of(KnowledgeBase kb, Function<Case, String> text) {
        List<Case> all = kb.cases();
        int n = (int) all.stream().filter(c -> !c.draft()).count();
        // pass 1: document frequencies only, so that all cases' features are never held at once
        Map<String, Integer> df = all.parallelStream().filter(c -> !c.draft()).collect(HashMap::new,
                (m, c) -> features(c, text).keySet().forEach(k -> m.merge(k, 1, Integer::sum)),
                (a, b) -> b.forEach((k, v) -> a.merge(k, v, Integer::sum)));
        // a feature in more than this many cases is too common to suggest a relation, and would make the index quadratic
        int maxDf = Math.max(16, (int) Math.sqrt(n) * 2);
        // pass 2: each case's few most distinctive features (parallel, but each result depends on its case only)
        List<Map<String, Double>> tops = all.parallelStream()
                .map(c -> distinctive(features(c, text), c.draft(), df, n, maxDf)).toList();
        // cases are addressed by their position in kb.cases() from here on: arrays instead of maps keyed by slug
        Map<String, Integer> position = new HashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).slug(), i);
        }
        Map<String, int[]> postings = postings(all, tops);
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

    /** Each distinctive feature's published cases, as positions in {@code all}'s order. */
    private static Map<String, int[]> postings(List<Case> all, List<Map<String, Double>> tops) {
        Map<String, int[]> sizes = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).draft()) {
                for (String k : tops.get(i).keySet()) {
                    sizes.computeIfAbsent(k, x -> new int[1])[0]++;
                }
            }
        }
        Map<String, int[]> postings = new HashMap<>(sizes.size() * 2);
        sizes.forEach((k, v) -> postings.put(k, new int[v[0]]));
        sizes.values().forEach(v -> v[0] = 0);
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).draft()) {
                for (String k : tops.get(i).keySet()) {
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
     * thousands of candidates per case compares ints instead of records and strings.
     */
    private record Tags(int[][] themes, int[][] parks, int[][] methods, int[][] keywords) {

        static Tags of(List<Case> all) {
            Map<Object, Integer> ids = new HashMap<>();
            int n = all.size();
            int[][] themes = new int[n][];
            int[][] parks = new int[n][];
            int[][] methods = new int[n][];
            int[][] keywords = new int[n][];
            for (int i = 0; i < n; i++) {
                Case c = all.get(i);
                themes[i] = ids(c.themes(), ids);
                parks[i] = ids(c.parks(), ids);
                methods[i] = ids(c.methods(), ids);
                keywords[i] = ids(c.keywords(), ids);
            }
            return new Tags(themes, parks, methods, keywords);
        }

        private static int[] ids(List<?> values, Map<Object, Integer> ids) {
            int[] out = new int[values.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = ids.computeIfAbsent(values.get(k), x -> ids.size());
            }
            return out;
        }

        /** Shared themes weigh most, then keywords, parks and methods; a repeated value counts per repeat. */
        double score(int a, int b) {
            double s = 0;
            s += THEME_WEIGHT * shared(themes[a], themes[b]);
            s += PARK_WEIGHT * shared(parks[a], parks[b]);
            s += METHOD_WEIGHT * shared(methods[a], methods[b]);
            s += KEYWORD_WEIGHT * shared(keywords[a], keywords[b]);
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

    private static Map<String, Integer> features(Case c, Function<Case, String> text) {
        String body = text.apply(c);
        // a case's opening says what it is about; the cap keeps the work per case bounded however long it is
        if (body.length() > MAX_BODY_CHARS) {
            body = body.substring(0, MAX_BODY_CHARS);
        }
        return TextFeatures.of(c.title() + "\n" + c.title() + "\n" + c.summary() + "\n"
                + String.join(" ", c.keywords()) + "\n" + body);
    }

    private static Map<String, Double> distinctive(Map<String, Integer> tf, boolean draft, Map<String, Integer> df, int n,
            int maxDf) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            int d = df.getOrDefault(e.getKey(), 0);
            int others = draft ? d : d - 1;
            if (others < 1 || d > maxDf) {
                continue;
            }
            double idf = Math.log(1.0 + (double) n / Math.max(1, d));
            scored.add(Map.entry(e.getKey(), idf * (1.0 + Math.log(e.getValue()))));
        }
        Comparator<Map.Entry<String, Double>> order = Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        // the first FEATURES_PER_CASE in that (total) order, without sorting all of a long case's features
        PriorityQueue<Map.Entry<String, Double>> best = new PriorityQueue<>(FEATURES_PER_CASE + 1, order.reversed());
        for (Map.Entry<String, Double> e : scored) {
            best.add(e);
            if (best.size() > FEATURES_PER_CASE) {
                best.poll();
            }
        }
        scored = new ArrayList<>(best);
        scored.sort(order);
        Map<String, Double> top = new HashMap<>();
        for (Map.Entry<String, Double> e : scored) {
            top.put(e.getKey(), e.getValue());
        }
        return top;
    }

    private static List<Case> related(List<Case> all, int self, Map<String, Double> own, Map<String, int[]> postings,
            Map<String, int[]> termCandidates, Tags tags, Scratch s) {
        Case c = all.get(self);
        double ownTotal = own.values().stream().mapToDouble(Double::doubleValue).sum();
        int touched = 0;
        // features in the map's own order, so every case's text score is summed exactly as before
        for (Map.Entry<String, Double> f : own.entrySet()) {
            int[] cases = postings.get(f.getKey());
            if (cases == null) {
                continue;
            }
            double v = f.getValue();
            for (int other : cases) {
                if (!s.seen[other]) {
                    s.seen[other] = true;
                    s.touched[touched++] = other;
                }
                s.textScore[other] += v;
            }
        }
        for (TaxonomyKind kind : List.of(TaxonomyKind.THEME, TaxonomyKind.PARK, TaxonomyKind.METHOD)) {
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
        for (int k = 0; k < touched; k++) {
            int other = s.touched[k];
            double text = s.textScore[other];
            s.textScore[other] = 0;
            s.seen[other] = false;
            if (other == self) {
                continue;
            }
            double score = tags.score(self, other) + (ownTotal == 0 ? 0 : TEXT_WEIGHT * text / ownTotal);
            if (score > 0 && (top.size() < LIMIT || score >= top.peek().getValue())) {
                top.add(Map.entry(all.get(other), score));
                if (top.size() > LIMIT) {
                    top.poll();
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
