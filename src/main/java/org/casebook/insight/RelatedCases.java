package org.casebook.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
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
        Map<String, Map<String, Double>> distinctive = new HashMap<>();
        Map<String, List<Case>> postings = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Case c = all.get(i);
            distinctive.put(c.slug(), tops.get(i));
            if (!c.draft()) {
                for (String k : tops.get(i).keySet()) {
                    postings.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
                }
            }
        }
        List<List<Case>> lists = all.parallelStream().map(c -> related(kb, c, distinctive, postings)).toList();
        Map<String, List<Case>> result = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            result.put(all.get(i).slug(), lists.get(i));
        }
        return new RelatedCases(result);
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
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> top = new HashMap<>();
        for (Map.Entry<String, Double> e : scored.subList(0, Math.min(FEATURES_PER_CASE, scored.size()))) {
            top.put(e.getKey(), e.getValue());
        }
        return top;
    }

    private static List<Case> related(KnowledgeBase kb, Case c, Map<String, Map<String, Double>> distinctive,
            Map<String, List<Case>> postings) {
        Map<String, Case> candidates = new HashMap<>();
        Map<String, Double> textScore = new HashMap<>();
        Map<String, Double> own = distinctive.get(c.slug());
        double ownTotal = own.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> f : own.entrySet()) {
            for (Case other : postings.getOrDefault(f.getKey(), List.of())) {
                candidates.put(other.slug(), other);
                textScore.merge(other.slug(), f.getValue(), Double::sum);
            }
        }
        for (TaxonomyKind kind : List.of(TaxonomyKind.THEME, TaxonomyKind.PARK, TaxonomyKind.METHOD)) {
            for (Term t : c.terms(kind)) {
                int taken = 0;
                for (Case other : kb.casesFor(t)) {
                    if (taken >= TERM_CANDIDATES) {
                        break;
                    }
                    if (!other.draft()) {
                        candidates.putIfAbsent(other.slug(), other);
                        taken++;
                    }
                }
            }
        }
        candidates.remove(c.slug());
        // best first: higher score, then newer, then slug; a bounded heap keeps the worst of the best on top
        Comparator<Map.Entry<Case, Double>> best = Map.Entry.<Case, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(KnowledgeBase.NEWEST_FIRST));
        PriorityQueue<Map.Entry<Case, Double>> top = new PriorityQueue<>(LIMIT + 1, best.reversed());
        for (Case other : candidates.values()) {
            double score = termScore(c, other)
                    + (ownTotal == 0 ? 0 : TEXT_WEIGHT * textScore.getOrDefault(other.slug(), 0.0) / ownTotal);
            if (score > 0) {
                top.add(Map.entry(other, score));
                if (top.size() > LIMIT) {
                    top.poll();
                }
            }
        }
        List<Map.Entry<Case, Double>> scored = new ArrayList<>(top);
        scored.sort(best);
        return scored.stream().map(Map.Entry::getKey).toList();
    }

    static double termScore(Case a, Case b) {
        double s = 0;
        s += THEME_WEIGHT * shared(a.themes(), b.themes());
        s += PARK_WEIGHT * shared(a.parks(), b.parks());
        s += METHOD_WEIGHT * shared(a.methods(), b.methods());
        s += KEYWORD_WEIGHT * shared(a.keywords(), b.keywords());
        return s;
    }

    private static <T> int shared(List<T> a, List<T> b) {
        int n = 0;
        for (T x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** The related cases of a case, best first; empty for an unknown slug. */
    public List<Case> of(String slug) {
        return bySlug.getOrDefault(slug, List.of());
    }
}
