package org.casebook.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<Case> published = Published.of(kb);
        int n = published.size();
        Map<String, Map<String, Integer>> features = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (Case c : all) {
            Map<String, Integer> f = TextFeatures.of(c.title() + "\n" + c.title() + "\n" + c.summary() + "\n"
                    + String.join(" ", c.keywords()) + "\n" + text.apply(c));
            features.put(c.slug(), f);
            if (!c.draft()) {
                for (String k : f.keySet()) {
                    df.merge(k, 1, Integer::sum);
                }
            }
        }
        // a feature in more than this many cases is too common to suggest a relation, and would make the index quadratic
        int maxDf = Math.max(16, (int) Math.sqrt(n) * 2);
        Map<String, Map<String, Double>> distinctive = new HashMap<>();
        Map<String, List<Case>> postings = new HashMap<>();
        for (Case c : all) {
            Map<String, Double> top = distinctive(features.get(c.slug()), c.draft(), df, n, maxDf);
            distinctive.put(c.slug(), top);
            if (!c.draft()) {
                for (String k : top.keySet()) {
                    postings.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
                }
            }
        }
        Map<String, List<Case>> result = new LinkedHashMap<>();
        for (Case c : all) {
            result.put(c.slug(), related(kb, c, distinctive, postings));
        }
        return new RelatedCases(result);
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
        List<Map.Entry<Case, Double>> scored = new ArrayList<>();
        for (Case other : candidates.values()) {
            double score = termScore(c, other)
                    + (ownTotal == 0 ? 0 : TEXT_WEIGHT * textScore.getOrDefault(other.slug(), 0.0) / ownTotal);
            if (score > 0) {
                scored.add(Map.entry(other, score));
            }
        }
        scored.sort(Map.Entry.<Case, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(KnowledgeBase.NEWEST_FIRST)));
        return scored.stream().limit(LIMIT).map(Map.Entry::getKey).toList();
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
