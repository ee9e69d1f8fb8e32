package org.casebook.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.RenderedBody;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Builds the search index from the model: title, keywords, taxonomy names and aliases, summary and
 * unit (weighted by {@link FieldWeights}) and the rendered body's plain text. Scores are BM25 with
 * field weights, computed here once so the browser only adds them up. Documents are analysed in
 * parallel in fixed-size batches and merged in document order, so the output is deterministic and
 * no more than one batch of per-document term maps is alive at a time.
 */
public final class SearchIndexBuilder {

    private static final int BATCH = 256;
    private static final FieldWeights WEIGHTS = FieldWeights.STANDARD;

    private final Tokenizer tokenizer;

    public SearchIndexBuilder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The terms of one document: term to {body frequency, weighted frequency in the other fields}. */
    private record Analysed(Map<String, int[]> terms, int bodyLength) {
    }

    public SearchIndex build(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
        List<Case> cases = kb.cases().stream().filter(c -> !c.draft()).toList();
        int n = cases.size();
        Map<String, Postings> postings = new HashMap<>();
        int[] lengths = new int[n];
        for (int from = 0; from < n; from += BATCH) {
            int start = from;
            List<Analysed> batch = IntStream.range(from, Math.min(n, from + BATCH)).parallel()
                    .mapToObj(i -> analyse(cases.get(i), bodies.get(cases.get(i).slug()))).toList();
            for (int k = 0; k < batch.size(); k++) {
                int doc = start + k;
                Analysed a = batch.get(k);
                lengths[doc] = a.bodyLength();
                a.terms().forEach((term, tf) -> postings.computeIfAbsent(term, t -> new Postings()).add(doc, tf[0], tf[1]));
            }
        }
        double avg = Math.max(1.0, Arrays.stream(lengths).average().orElse(1.0));
        String[] keys = postings.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        String[] encoded = new String[keys.length];
        IntStream.range(0, keys.length).parallel().forEach(k -> {
            encoded[k] = encode(postings.get(keys[k]), n, lengths, avg);
        });
        postings.clear();
        long bytes = 0;
        for (int k = 0; k < keys.length; k++) {
            bytes += keys[k].length() * 3L + encoded[k].length() + 4;
        }
        int shards = (int) Math.max(1, (bytes + IndexFormat.SHARD_TARGET_BYTES - 1) / IndexFormat.SHARD_TARGET_BYTES);
        return new SearchIndex(docs(cases, bodies), keys, encoded, facets(kb, cases), shards);
    }

    private Analysed analyse(Case c, RenderedBody body) {
        Map<String, int[]> tf = new HashMap<>();
        field(c.title(), WEIGHTS.title(), tf);
        for (String k : c.keywords()) {
            field(k, WEIGHTS.keywords(), tf);
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : c.terms(kind)) {
                field(t.name(), WEIGHTS.taxonomy(), tf);
                for (String alias : t.aliases()) {
                    field(alias, WEIGHTS.taxonomy(), tf);
                }
            }
        }
        field(c.summary(), WEIGHTS.summary(), tf);
        field(c.unit(), WEIGHTS.unit(), tf);
        List<Tokenizer.Run> runs = tokenizer.runs(body == null ? "" : body.text());
        List<String> tokens = tokenizer.tokens(runs);
        count(tokens, 0, 1, tf);
        count(tokenizer.trigrams(runs), 0, 1, tf);
        count(tokenizer.characters(runs), 0, 1, tf);
        return new Analysed(tf, tokens.size());
    }

    private void field(String text, int weight, Map<String, int[]> tf) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Tokenizer.Run> runs = tokenizer.runs(text);
        count(tokenizer.tokens(runs), 1, weight, tf);
        count(tokenizer.trigrams(runs), 1, weight, tf);
        count(tokenizer.characters(runs), 1, weight, tf);
    }

    private static void count(List<String> terms, int slot, int weight, Map<String, int[]> tf) {
        for (String t : terms) {
            tf.computeIfAbsent(t, x -> new int[2])[slot] += weight;
        }
    }

    /** {@code [df,"docs","scores",default]}: see search.js {@code decodeTerm}. */
    static String encode(Postings p, int docCount, int[] lengths, double avgLength) {
        int df = p.df();
        double idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        int[] docs = new int[df];
        int[] scores = new int[df];
        int[] i = {0};
        p.forEach((doc, bodyTf, fieldTf) -> {
            docs[i[0]] = doc;
            double norm = 1 - IndexFormat.B + IndexFormat.B * lengths[doc] / avgLength;
            double tf = fieldTf + bodyTf / norm;
            double s = idf * tf * (IndexFormat.K1 + 1) / (tf + IndexFormat.K1);
            scores[i[0]++] = Math.max(1, (int) Math.round(s * IndexFormat.SCORE_SCALE));
        });
        StringBuilder b = new StringBuilder();
        b.append('[').append(df).append(",\"").append(DocSets.encode(docs, docCount)).append("\",\"");
        int fallback = 0;
        if (df <= IndexFormat.SCORED_TOP) {
            for (int s : scores) {
                Base64Varint.append(s, b);
            }
        } else {
            // only the best documents keep their own score; the rest share the best score left out
            Integer[] order = new Integer[df];
            for (int k = 0; k < df; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.<Integer>comparingInt(k -> -scores[k]).thenComparingInt(k -> k));
            fallback = scores[order[IndexFormat.SCORED_TOP]];
            int[] top = new int[IndexFormat.SCORED_TOP];
            for (int k = 0; k < top.length; k++) {
                top[k] = order[k];
            }
            Arrays.sort(top);
            int prev = -1;
            for (int k : top) {
                Base64Varint.append(docs[k] - prev - 1, b);
                Base64Varint.append(scores[k], b);
                prev = docs[k];
            }
        }
        return b.append("\",").append(fallback).append(']').toString();
    }

    private List<SearchIndex.Facet> facets(KnowledgeBase kb, List<Case> cases) {
        List<SearchIndex.Facet> out = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : kb.vocabulary().terms(kind)) {
                int[] docs = IntStream.range(0, cases.size()).filter(i -> cases.get(i).terms(kind).contains(t)).toArray();
                out.add(new SearchIndex.Facet(t.key(), DocSets.encode(docs, cases.size())));
            }
        }
        return out;
    }

    private static List<SearchIndex.Doc> docs(List<Case> cases, Map<String, RenderedBody> bodies) {
        List<SearchIndex.Doc> out = new ArrayList<>(cases.size());
        for (Case c : cases) {
            List<SearchIndex.Chip> chips = new ArrayList<>();
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                for (Term t : c.terms(kind)) {
                    chips.add(new SearchIndex.Chip(kind.key(), t.slug(), t.name()));
                }
            }
            RenderedBody body = bodies.get(c.slug());
            String text = body == null ? "" : body.text().replaceAll("\\s+", " ").strip();
            if (text.length() > IndexFormat.SNIPPET_SOURCE_CHARS) {
                int end = IndexFormat.SNIPPET_SOURCE_CHARS;
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                text = text.substring(0, end);
            }
            out.add(new SearchIndex.Doc(c.slug(), c.title(), c.path(),
                    c.date().map(DateTimeFormatter.ISO_LOCAL_DATE::format).orElse(""), List.copyOf(chips),
                    c.summary() == null ? "" : c.summary(), text));
        }
        return out;
    }
}
