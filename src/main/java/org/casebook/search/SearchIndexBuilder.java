package org.casebook.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** One reusable n-gram table per worker thread; emptied after every document. */
    private final ThreadLocal<NgramCounts> ngramTables = ThreadLocal.withInitial(NgramCounts::new);

    private final Tokenizer tokenizer;

    public SearchIndexBuilder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Terms are merged in this many hash partitions at once, each by its own thread. */
    private static final int PARTITIONS = 16;

    /**
     * The terms of one document, split by partition: {@code keys[p][k]} with its body frequency and
     * weighted frequency in the other fields.
     */
    private record Analysed(String[][] keys, int[][] body, int[][] fields, int bodyLength) {
    }

    private static int partition(String term) {
        return (term.hashCode() & 0x7fffffff) % PARTITIONS;
    }

    public SearchIndex build(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
        List<Case> cases = kb.cases().stream().filter(c -> !c.draft()).toList();
        int n = cases.size();
        List<Map<String, Postings>> parts = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            parts.add(new HashMap<>());
        }
        int[] lengths = new int[n];
        for (int from = 0; from < n; from += BATCH) {
            int start = from;
            List<Analysed> batch = IntStream.range(from, Math.min(n, from + BATCH)).parallel()
                    .mapToObj(i -> analyse(cases.get(i), bodies.get(cases.get(i).slug()))).toList();
            for (int k = 0; k < batch.size(); k++) {
                lengths[start + k] = batch.get(k).bodyLength();
            }
            // each partition takes the documents in order, so every postings list stays sorted
            IntStream.range(0, PARTITIONS).parallel().forEach(p -> {
                Map<String, Postings> part = parts.get(p);
                for (int k = 0; k < batch.size(); k++) {
                    Analysed a = batch.get(k);
                    String[] keys = a.keys()[p];
                    for (int t = 0; t < keys.length; t++) {
                        part.computeIfAbsent(keys[t], x -> new Postings()).add(start + k, a.body()[p][t], a.fields()[p][t]);
                    }
                }
            });
        }
        Map<String, Postings> postings = new HashMap<>();
        parts.forEach(postings::putAll);
        parts.clear();
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
        NgramCounts ngrams = ngramTables.get();
        field(c.title(), WEIGHTS.title(), tf, ngrams);
        for (String k : c.keywords()) {
            field(k, WEIGHTS.keywords(), tf, ngrams);
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : c.terms(kind)) {
                field(t.name(), WEIGHTS.taxonomy(), tf, ngrams);
                for (String alias : t.aliases()) {
                    field(alias, WEIGHTS.taxonomy(), tf, ngrams);
                }
            }
        }
        field(c.summary(), WEIGHTS.summary(), tf, ngrams);
        field(c.unit(), WEIGHTS.unit(), tf, ngrams);
        int bodyLength = count(tokenizer.runs(body == null ? "" : body.text()), 0, 1, tf, ngrams);
        // the n-grams go straight into the partitions: they never share a term with tf
        int m = ngrams.size();
        String[] ngramTerms = new String[m];
        int[] ngramBody = new int[m];
        int[] ngramFields = new int[m];
        ngrams.drainTo(ngramTerms, ngramBody, ngramFields);
        int[] ngramPartition = new int[m];
        int[] sizes = new int[PARTITIONS];
        for (String t : tf.keySet()) {
            sizes[partition(t)]++;
        }
        for (int k = 0; k < m; k++) {
            ngramPartition[k] = partition(ngramTerms[k]);
            sizes[ngramPartition[k]]++;
        }
        String[][] keys = new String[PARTITIONS][];
        int[][] bodyTf = new int[PARTITIONS][];
        int[][] fieldTf = new int[PARTITIONS][];
        for (int p = 0; p < PARTITIONS; p++) {
            keys[p] = new String[sizes[p]];
            bodyTf[p] = new int[sizes[p]];
            fieldTf[p] = new int[sizes[p]];
            sizes[p] = 0;
        }
        for (Map.Entry<String, int[]> e : tf.entrySet()) {
            int p = partition(e.getKey());
            int at = sizes[p]++;
            keys[p][at] = e.getKey();
            bodyTf[p][at] = e.getValue()[0];
            fieldTf[p][at] = e.getValue()[1];
        }
        for (int k = 0; k < m; k++) {
            int p = ngramPartition[k];
            int at = sizes[p]++;
            keys[p][at] = ngramTerms[k];
            bodyTf[p][at] = ngramBody[k];
            fieldTf[p][at] = ngramFields[k];
        }
        return new Analysed(keys, bodyTf, fieldTf, bodyLength);
    }

    private void field(String text, int weight, Map<String, int[]> tf, NgramCounts ngrams) {
        if (text == null || text.isEmpty()) {
            return;
        }
        count(tokenizer.runs(text), 1, weight, tf, ngrams);
    }

    /**
     * Counts what {@link Tokenizer#tokens(List)}, {@link Tokenizer#trigrams(List)} and
     * {@link Tokenizer#characters(List)} give for these runs, in one pass and without their lists (this
     * runs over every character of every case); returns the number of tokens.
     */
    private static int count(List<Tokenizer.Run> runs, int slot, int weight, Map<String, int[]> tf, NgramCounts ngrams) {
        int tokens = 0;
        for (Tokenizer.Run r : runs) {
            if (!r.han()) {
                add(r.text(), slot, weight, tf);
                tokens++;
                continue;
            }
            int[] cps = r.text().codePoints().toArray();
            if (cps.length == 1) {
                ngram(cps, 0, 1, slot, weight, tf, ngrams);
                tokens++;
                continue;
            }
            for (int k = 0; k + 1 < cps.length; k++) {
                ngram(cps, k, 2, slot, weight, tf, ngrams);
                tokens++;
            }
            for (int k = 0; k + 2 < cps.length; k++) {
                ngram(cps, k, 3, slot, weight, tf, ngrams);
            }
            for (int k = 0; k < cps.length; k++) {
                ngram(cps, k, 1, slot, weight, tf, ngrams);
            }
        }
        return tokens;
    }

    /** The {@code len} characters from {@code cps[k]}: packed when they allow, else as a String. */
    private static void ngram(int[] cps, int k, int len, int slot, int weight, Map<String, int[]> tf, NgramCounts ngrams) {
        for (int j = k; j < k + len; j++) {
            if (!NgramCounts.packable(cps[j])) {
                add(new String(cps, k, len), slot, weight, tf);
                return;
            }
        }
        long key = switch (len) {
            case 1 -> NgramCounts.key(cps[k]);
            case 2 -> NgramCounts.key(cps[k], cps[k + 1]);
            default -> NgramCounts.key(cps[k], cps[k + 1], cps[k + 2]);
        };
        ngrams.add(key, slot, weight);
    }

    private static void add(String term, int slot, int weight, Map<String, int[]> tf) {
        int[] counts = tf.get(term);
        if (counts == null) {
            counts = new int[2];
            tf.put(term, counts);
        }
        counts[slot] += weight;
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
            int[] sorted = scores.clone();
            Arrays.sort(sorted);
            fallback = sorted[df - 1 - IndexFormat.SCORED_TOP];
            int above = 0;
            for (int s : scores) {
                if (s > fallback) {
                    above++;
                }
            }
            int ties = IndexFormat.SCORED_TOP - above; // documents scoring exactly the fallback, earliest first
            int prev = -1;
            for (int k = 0; k < df; k++) {
                boolean keep = scores[k] > fallback || (scores[k] == fallback && ties-- > 0);
                if (keep) {
                    Base64Varint.append(docs[k] - prev - 1, b);
                    Base64Varint.append(scores[k], b);
                    prev = docs[k];
                }
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
