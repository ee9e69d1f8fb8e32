package org.casebook.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.markdown.RenderedBody;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Builds the search index from the model: title, keywords, taxonomy names and aliases, summary and
 * unit (weighted by {@link FieldWeights}) and the rendered body's plain text. Scores are BM25's
 * term-frequency part with field weights, computed here once; the browser multiplies each term's by
 * its IDF (which moves with every added case) and adds them up. Documents are numbered oldest first and analysed in
 * parallel in fixed-size batches and merged in document order, so the output is deterministic and
 * no more than one batch of per-document term maps is alive at a time.
 */
public final class SearchIndexBuilder {

    private static final int BATCH = 256;
    /** Terms are merged in this many hash partitions at once, each by its own thread. */
    private static final int PARTITIONS = NgramCounts.PARTITIONS;
    /** One reusable n-gram table per worker thread; emptied after every document. */
    private final ThreadLocal<NgramCounts> ngramTables = ThreadLocal.withInitial(NgramCounts::new);

    /** Candidates kept under one pinyin key: the most frequent bigrams that sound so. */
    static final int PINYIN_CANDIDATES = 8;

    private final Tokenizer tokenizer;
    private final FieldWeights weights;
    private final Pinyin pinyin = Pinyin.standard();

    public SearchIndexBuilder(Tokenizer tokenizer) {
        this(tokenizer, Boolean.getBoolean(FieldWeights.FLAT_PROPERTY) ? FieldWeights.FLAT : FieldWeights.STANDARD);
    }

    /** With other field weights: the quality test shows that flat weights rank worse. */
    SearchIndexBuilder(Tokenizer tokenizer, FieldWeights weights) {
        this.tokenizer = tokenizer;
        this.weights = weights;
    }

    /**
     * The terms of one document: its packed Han n-grams grouped by partition ({@code ngrams[from[p]
     * .. from[p + 1])}), and its other terms (words, and n-grams outside the Basic Multilingual Plane),
     * grouped alike ({@code wordFrom}), each with its body frequency and weighted frequency in the other
     * fields.
     */
    private record Analysed(long[] ngrams, int[] ngramBody, int[] ngramFields, int[] from, String[] words,
            int[] wordBody, int[] wordFields, int[] wordFrom, int bodyLength) {
    }

    /** The terms of one partition while the index is built. */
    private static final class Partition {
        final PackedTermTable ngrams = new PackedTermTable();
        final Map<String, Postings> words = new HashMap<>();
    }

    private static int partition(String word) {
        return (word.hashCode() & 0x7fffffff) % PARTITIONS;
    }

    /** The index with each taxonomy named by its key (for tests and tools that show no labels). */
    public SearchIndex build(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
        return build(kb, bodies, TaxonomyKind::key);
    }

    /** The index; {@code kindNames} labels each taxonomy's facet as the site's pages do. */
    public SearchIndex build(KnowledgeBase kb, Map<String, RenderedBody> bodies, Function<TaxonomyKind, String> kindNames) {
        return build(kb, bodies, kindNames, PassageMemo.NONE);
    }

    /**
     * The index, taking from {@code memo} the snippet passages of every body the last index chose
     * them for from the same text and weights, and leaving this index's there: the same index as
     * without it.
     */
    public SearchIndex build(KnowledgeBase kb, Map<String, RenderedBody> bodies, Function<TaxonomyKind, String> kindNames,
            PassageMemo memo) {
        // oldest first: a new case (the usual addition, dated today) takes the next number, and every
        // other case keeps its own, its fragment and the postings of the terms it does not share
        List<Case> cases = new ArrayList<>(kb.cases().stream().filter(c -> !c.draft()).toList());
        java.util.Collections.reverse(cases);
        int n = cases.size();
        Partition[] parts = new Partition[PARTITIONS];
        for (int p = 0; p < PARTITIONS; p++) {
            parts[p] = new Partition();
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
            IntStream.range(0, PARTITIONS).parallel().forEach(p -> merge(batch, start, p, parts[p]));
        }
        int total = 0;
        for (Partition part : parts) {
            total += part.ngrams.size() + part.words.size();
        }
        // every term becomes a String once, here, to be sorted and written
        String[] keys = new String[total];
        Postings[] postings = new Postings[total];
        int[] at = {0};
        for (Partition part : parts) {
            part.ngrams.forEach((key, p) -> {
                keys[at[0]] = NgramCounts.term(key);
                postings[at[0]++] = p;
            });
            part.words.forEach((word, p) -> {
                keys[at[0]] = word;
                postings[at[0]++] = p;
            });
        }
        // the snippet passages need each bigram's document count: chosen while the partitions still hold them
        PackedTermTable[] ngramTables = Arrays.stream(parts).map(part -> part.ngrams).toArray(PackedTermTable[]::new);
        String[] passages = new IndexPassages(ngramTables, tokenizer).choose(cases, bodies, n, memo);
        Arrays.fill(parts, null);
        Integer[] order = IntStream.range(0, total).boxed().toArray(Integer[]::new);
        Arrays.parallelSort(order, (x, y) -> keys[x].compareTo(keys[y]));
        double avg = IndexFormat.steadyAverage(Arrays.stream(lengths).average().orElse(1.0));
        String[] termsSorted = new String[total];
        String[] postingsSorted = new String[total];
        int[] dfs = new int[total];
        int[] reach = new int[total];
        double[] norms = norms(lengths, avg);
        ThreadLocal<Encoding> encodings = ThreadLocal.withInitial(Encoding::new);
        IntStream.range(0, total).parallel().forEach(k -> {
            termsSorted[k] = keys[order[k]];
            dfs[k] = postings[order[k]].df();
            postingsSorted[k] = encode(postings[order[k]], n, norms, encodings.get());
            reach[k] = namesEveryCase(postingsSorted[k]) ? SearchIndex.REACH_ALL : postings[order[k]].lastDoc();
            postings[order[k]] = null;
        });
        Merged merged = withPinyinKeys(termsSorted, postingsSorted, dfs, reach);
        String[] sorted = merged.terms();
        String[] encoded = merged.values();
        long bytes = 0;
        for (int k = 0; k < sorted.length; k++) {
            bytes += sorted[k].length() * 3L + encoded[k].length() + 4;
        }
        int shards = IndexFormat.shardCount(bytes, n);
        String scoring = "k1=" + IndexFormat.K1 + ";b=" + IndexFormat.B + ";avg=" + avg + ";weights=" + weights;
        return new SearchIndex(docs(cases, passages), sorted, encoded, merged.reach(), facets(kb, cases), shards, scoring, synonyms(kb),
                Stream.of(TaxonomyKind.values()).map(k -> new SearchIndex.Kind(k.key(), kindNames.apply(k))).toList());
    }

    /** One merging thread's arrays, reused from batch to batch. */
    private static final class MergeScratch {
        int[] ids = new int[0];
        int[] docs = new int[0];
        int[] body = new int[0];
        int[] fields = new int[0];
        int[] sortedDocs = new int[0];
        int[] sortedBody = new int[0];
        int[] sortedFields = new int[0];
        int[] starts = new int[0];

        void fit(int postings, int terms) {
            if (ids.length < postings) {
                int size = Math.max(postings, ids.length + (ids.length >> 1));
                ids = new int[size];
                docs = new int[size];
                body = new int[size];
                fields = new int[size];
                sortedDocs = new int[size];
                sortedBody = new int[size];
                sortedFields = new int[size];
            }
            if (starts.length < terms + 1) {
                starts = new int[Math.max(terms + 1, 2 * starts.length)];
            }
        }
    }

    private final ThreadLocal<MergeScratch> mergeScratch = ThreadLocal.withInitial(MergeScratch::new);

    /** Adds partition {@code p}'s terms of a batch of documents, the first numbered {@code start}, in document order. */
    private void merge(List<Analysed> batch, int start, int p, Partition part) {
        // the n-grams' postings grouped by term first (a stable counting sort by term number), then
        // added a term at a time: added document by document, nearly every posting missed the cache
        // twice on its term's bytes
        PackedTermTable ngrams = part.ngrams;
        MergeScratch s = mergeScratch.get();
        int n = 0;
        for (int k = 0; k < batch.size(); k++) {
            Analysed a = batch.get(k);
            n += a.from()[p + 1] - a.from()[p];
        }
        s.fit(n, 0);
        int[] ids = s.ids;
        int[] docs = s.docs;
        int[] bodies = s.body;
        int[] fieldsOf = s.fields;
        int at = 0;
        for (int k = 0; k < batch.size(); k++) {
            // the arrays read into locals: under the launcher's C1-only JIT a record accessor is a call
            Analysed a = batch.get(k);
            int doc = start + k;
            long[] keys = a.ngrams();
            int[] body = a.ngramBody();
            int[] fields = a.ngramFields();
            int end = a.from()[p + 1];
            for (int t = a.from()[p]; t < end; t++) {
                ids[at] = ngrams.id(keys[t]);
                docs[at] = doc;
                bodies[at] = body[t];
                fieldsOf[at] = fields[t];
                at++;
            }
        }
        int terms = ngrams.size();
        s.fit(n, terms);
        int[] starts = s.starts;
        Buckets.starts(ids, n, terms, starts);
        int[] sortedDocs = s.sortedDocs;
        int[] sortedBody = s.sortedBody;
        int[] sortedFields = s.sortedFields;
        for (int q = 0; q < n; q++) {
            // starts[id] moves to the term's end, which is the next term's start
            int to = starts[ids[q]]++;
            sortedDocs[to] = docs[q];
            sortedBody[to] = bodies[q];
            sortedFields[to] = fieldsOf[q];
        }
        int from = 0;
        for (int id = 0; id < terms; id++) {
            int to = starts[id];
            if (to > from) {
                ngrams.postings(id).addAll(sortedDocs, sortedBody, sortedFields, from, to);
            }
            from = to;
        }
        Map<String, Postings> wordTable = part.words;
        for (int k = 0; k < batch.size(); k++) {
            Analysed a = batch.get(k);
            int doc = start + k;
            String[] words = a.words();
            int[] wordBody = a.wordBody();
            int[] wordFields = a.wordFields();
            int end = a.wordFrom()[p + 1];
            for (int t = a.wordFrom()[p]; t < end; t++) {
                wordTable.computeIfAbsent(words[t], w -> new Postings()).add(doc, wordBody[t], wordFields[t]);
            }
        }
    }

    /**
     * The terms with, merged in sort order, one entry per pinyin key of the index's Han bigrams:
     * {@code "lian'meng":["联盟连盟",[120,1]]}, the most frequent bigrams of that sound first with their
     * document counts, so that search.js can offer 联盟 for a query's 联萌 with one look-up; and one per
     * initials key ({@code "d-j"}, the commonest bigrams whose readings start so), for a query of initials.
     */
    private Merged withPinyinKeys(String[] terms, String[] postings, int[] dfs, int[] reach) {
        // each key's bigrams as term positions, {count, k1, k2, …}: a hash map by the key's number
        // (Pinyin.keyCodes), sorted once by the key's text, since a sorted map compared strings on every
        // insert and a string per key and bigram cost more than the rest (a knowledge base holds a key
        // per bigram or more)
        Map<Long, int[]> byCode = new HashMap<>();
        long[] codes = new long[2 * Pinyin.MAX_KEYS];
        for (int k = 0; k < terms.length; k++) {
            String t = terms[k];
            if (t.length() == 2 && Tokenizer.isHan(t.charAt(0)) && Tokenizer.isHan(t.charAt(1))) {
                int m = pinyin.keyCodes(t.charAt(0), t.charAt(1), codes);
                for (int q = 0; q < m; q++) {
                    int[] list = byCode.get(codes[q]);
                    if (list == null) {
                        list = new int[4];
                        byCode.put(codes[q], list);
                    } else if (list[0] + 1 == list.length) {
                        list = Arrays.copyOf(list, list.length * 2);
                        byCode.put(codes[q], list);
                    }
                    list[++list[0]] = k;
                }
            }
        }
        Map<String, int[]> byKey = new HashMap<>(byCode.size() * 2);
        byCode.forEach((code, list) -> byKey.put(pinyin.keyText(code), list));
        String[] keyTerms = byKey.keySet().toArray(String[]::new);
        Arrays.sort(keyTerms);
        String[] keyValues = new String[keyTerms.length];
        for (int at = 0; at < keyTerms.length; at++) {
            int[] list = byKey.get(keyTerms[at]);
            // the most frequent first, ties in term order: one sort of (count descending, position) packed
            long[] order = new long[list[0]];
            for (int i = 0; i < order.length; i++) {
                int k = list[i + 1];
                order[i] = ((long) (Integer.MAX_VALUE - dfs[k]) << 32) | k;
            }
            Arrays.sort(order);
            StringBuilder words = new StringBuilder();
            StringBuilder counts = new StringBuilder();
            for (int i = 0; i < Math.min(PINYIN_CANDIDATES, order.length); i++) {
                int k = (int) order[i];
                words.append(terms[k]);
                counts.append(i == 0 ? "" : ",").append(dfs[k]);
            }
            keyValues[at] = "[" + org.casebook.io.ScriptEscaper.stringLiteral(words.toString()) + ",[" + counts + "]]";
        }
        String[] outTerms = new String[terms.length + keyTerms.length];
        String[] outValues = new String[outTerms.length];
        int[] outReach = new int[outTerms.length];
        int i = 0;
        int j = 0;
        for (int o = 0; o < outTerms.length; o++) {
            if (j >= keyTerms.length || (i < terms.length && terms[i].compareTo(keyTerms[j]) < 0)) {
                outTerms[o] = terms[i];
                outReach[o] = reach[i];
                outValues[o] = postings[i++];
            } else {
                outTerms[o] = keyTerms[j];
                outReach[o] = SearchIndex.REACH_NONE;
                outValues[o] = keyValues[j++];
            }
        }
        return new Merged(outTerms, outValues, outReach);
    }

    /** Terms and pinyin keys in one sorted list, each with its value and reach. */
    private record Merged(String[] terms, String[] values, int[] reach) {
    }

    /** The configured synonym groups, normalised as the tokenizer does, so the client compares like with like. */
    private List<List<String>> synonyms(KnowledgeBase kb) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> group : kb.config().synonyms()) {
            out.add(group.stream().map(tokenizer::normalize).toList());
        }
        return out;
    }

    private Analysed analyse(Case c, RenderedBody body) {
        Map<String, int[]> words = new HashMap<>();
        NgramCounts ngrams = ngramTables.get();
        field(c.title(), weights.title(), words, ngrams);
        for (String k : c.keywords()) {
            field(k, weights.keywords(), words, ngrams);
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : c.terms(kind)) {
                field(t.name(), weights.taxonomy(), words, ngrams);
                for (String alias : t.aliases()) {
                    field(alias, weights.taxonomy(), words, ngrams);
                }
            }
        }
        field(c.summary(), weights.summary(), words, ngrams);
        field(c.unit(), weights.unit(), words, ngrams);
        int bodyLength = count(tokenizer.normalizedChars(body == null ? "" : body.text()), 0, 1, words, ngrams);
        int m = ngrams.size();
        // grouped by partition, so each partition's merge reads one slice
        long[] keys = new long[m];
        int[] bodyTf = new int[m];
        int[] fieldTf = new int[m];
        int[] from = new int[PARTITIONS + 1];
        ngrams.drainGrouped(keys, bodyTf, fieldTf, from);
        // the words alike, each one's partition worked out once rather than tested by every partition
        int size = words.size();
        String[] unsorted = new String[size];
        int[][] unsortedCounts = new int[size][];
        int[] partOf = new int[size];
        int[] wordFrom = new int[PARTITIONS + 1];
        int at = 0;
        for (Map.Entry<String, int[]> e : words.entrySet()) {
            unsorted[at] = e.getKey();
            unsortedCounts[at] = e.getValue();
            partOf[at] = partition(e.getKey());
            at++;
        }
        Buckets.starts(partOf, size, PARTITIONS, wordFrom);
        int[] next = Arrays.copyOf(wordFrom, PARTITIONS);
        String[] w = new String[size];
        int[] wordBody = new int[size];
        int[] wordFields = new int[size];
        for (int k = 0; k < size; k++) {
            int to = next[partOf[k]]++;
            w[to] = unsorted[k];
            wordBody[to] = unsortedCounts[k][0];
            wordFields[to] = unsortedCounts[k][1];
        }
        return new Analysed(keys, bodyTf, fieldTf, from, w, wordBody, wordFields, wordFrom, bodyLength);
    }

    private void field(String text, int weight, Map<String, int[]> words, NgramCounts ngrams) {
        if (text == null || text.isEmpty()) {
            return;
        }
        count(tokenizer.normalizedChars(text), 1, weight, words, ngrams);
    }

    /**
     * Counts what {@link Tokenizer#tokens(List)}, {@link Tokenizer#trigrams(List)} and
     * {@link Tokenizer#characters(List)} give for a normalised text, in one pass over its characters
     * and without their lists or run Strings (this runs over every character of every case); returns
     * the number of tokens. A Han run gives each character, each bigram and each trigram once; it
     * counts as one token when it is one character long, else as its bigrams.
     */
    private static int count(char[] a, int slot, int weight, Map<String, int[]> words, NgramCounts ngrams) {
        // on an array: under the launcher's C1-only JIT, String.charAt and codePointAt check the coder
        // and the bounds on every call
        int tokens = 0;
        int len = a.length;
        int i = 0;
        while (i < len) {
            int cp = Character.codePointAt(a, i);
            int kind = Tokenizer.kind(cp);
            if (kind == Tokenizer.SEPARATOR) {
                i += Character.charCount(cp);
                continue;
            }
            if (kind == Tokenizer.WORD) {
                int start = i;
                while (i < len && Tokenizer.kind(cp = Character.codePointAt(a, i)) == Tokenizer.WORD) {
                    i += Character.charCount(cp);
                }
                add(new String(a, start, i - start), slot, weight, words);
                tokens++;
                continue;
            }
            int run = 0;
            int prev = 0;
            int prev2 = 0;
            while (i < len) {
                char ch = a[i];
                if (ch >= 0x4E00 && ch <= 0x9FFF) {
                    cp = ch; // the common case, without the code point and kind look-ups
                    i++;
                } else {
                    cp = Character.codePointAt(a, i);
                    if (Tokenizer.kind(cp) != Tokenizer.HAN) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
                run++;
                if (NgramCounts.packable(cp)) {
                    ngrams.addChar((char) cp, slot, weight);
                } else {
                    add(Character.toString(cp), slot, weight, words);
                }
                hanGrams(prev2, prev, cp, run, slot, weight, words, ngrams);
                prev2 = prev;
                prev = cp;
            }
            tokens += run == 1 ? 1 : run - 1;
        }
        return tokens;
    }

    /** The bigram and trigram ending at {@code cp}, the {@code run}-th character of a Han run. */
    private static void hanGrams(int prev2, int prev, int cp, int run, int slot, int weight, Map<String, int[]> words,
            NgramCounts ngrams) {
        if (run >= 2) {
            if (NgramCounts.packable(cp) && NgramCounts.packable(prev)) {
                ngrams.add(NgramCounts.key(prev, cp), slot, weight);
            } else {
                add(new String(new int[] {prev, cp}, 0, 2), slot, weight, words);
            }
        }
        if (run >= 3) {
            if (NgramCounts.packable(cp) && NgramCounts.packable(prev) && NgramCounts.packable(prev2)) {
                ngrams.add(NgramCounts.key(prev2, prev, cp), slot, weight);
            } else {
                add(new String(new int[] {prev2, prev, cp}, 0, 3), slot, weight, words);
            }
        }
    }

    private static void add(String term, int slot, int weight, Map<String, int[]> words) {
        int[] counts = words.get(term);
        if (counts == null) {
            counts = new int[2];
            words.put(term, counts);
        }
        counts[slot] += weight;
    }

    /** Each document's BM25 length normalisation, computed once instead of once per posting. */
    static double[] norms(int[] lengths, double avgLength) {
        double[] norms = new double[lengths.length];
        for (int d = 0; d < lengths.length; d++) {
            norms[d] = 1 - IndexFormat.B + IndexFormat.B * lengths[d] / avgLength;
        }
        return norms;
    }

    /** One thread's arrays for {@link #encode}, reused from term to term. */
    static final class Encoding {
        int[] docs = new int[64];
        int[] bodyTf = new int[64];
        int[] fieldTf = new int[64];
        int[] scores = new int[64];
        final Chars out = new Chars(256);

        void fit(int df) {
            if (docs.length < df) {
                int size = Math.max(df, 2 * docs.length);
                docs = new int[size];
                bodyTf = new int[size];
                fieldTf = new int[size];
                scores = new int[size];
            }
        }
    }

    /**
     * {@code [df,"docs","scores",default]}: see search.js {@code addPostings}. {@code norms} are the
     * documents' {@link #norms}.
     */
    static String encode(Postings p, int docCount, double[] norms, Encoding e) {
        int df = p.df();
        e.fit(df);
        int[] docs = e.docs;
        int[] bodyTf = e.bodyTf;
        int[] fieldTf = e.fieldTf;
        int[] scores = e.scores;
        p.decode(docs, bodyTf, fieldTf);
        for (int k = 0; k < df; k++) {
            double tf = fieldTf[k] + bodyTf[k] / norms[docs[k]];
            // the term frequency part of BM25 only: the client multiplies by the IDF, which moves with
            // every added case, so that the postings of a term an added case lacks stay as they were
            double s = tf * (IndexFormat.K1 + 1) / (tf + IndexFormat.K1);
            scores[k] = Math.max(1, (int) Math.round(s * IndexFormat.SCORE_SCALE));
        }
        Chars b = e.out;
        b.clear();
        b.add('[').add(df).add(',').add('"');
        DocSets.encode(docs, df, docCount, b).add('"').add(',').add('"');
        int fallback = 0;
        if (df <= IndexFormat.SCORED_TOP) {
            for (int k = 0; k < df; k++) {
                b.varint(scores[k]);
            }
        } else {
            // only the best documents keep their own score, as its excess over the best score left out,
            // which the rest share; a document scoring exactly that needs no entry of its own
            fallback = scoreBelowTop(scores, df, IndexFormat.SCORED_TOP);
            int prev = -1;
            for (int k = 0; k < df; k++) {
                if (scores[k] > fallback) {
                    b.varint(docs[k] - prev - 1);
                    b.varint(scores[k] - fallback);
                    prev = docs[k];
                }
            }
        }
        return b.add('"').add(',').add(fallback).add(']').toString();
    }

    /**
     * Whether a term's postings as {@link #encode} writes them hold a set written by its missing cases
     * ({@link DocSets#MISSING}), which names every number up to the last case's: the set is the second
     * field, its form the first letter of its string.
     */
    static boolean namesEveryCase(String encoded) {
        return encoded.charAt(encoded.indexOf('"') + 1) == DocSets.MISSING;
    }

    /**
     * The highest score of {@code scores[0 .. n)} that {@code top} documents do not beat: the
     * {@code top + 1}-th largest. Counted
     * in a histogram (scores are small whole numbers), since sorting every posting of a frequent term
     * cost more than the rest of its encoding.
     */
    static int scoreBelowTop(int[] scores, int n, int top) {
        int max = 0;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, scores[k]);
        }
        int[] histogram = new int[max + 1];
        for (int k = 0; k < n; k++) {
            histogram[scores[k]]++;
        }
        int above = 0;
        for (int s = max; s > 0; s--) {
            above += histogram[s];
            if (above > top) {
                return s;
            }
        }
        return 0;
    }

    private List<SearchIndex.Facet> facets(KnowledgeBase kb, List<Case> cases) {
        List<SearchIndex.Facet> out = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : kb.vocabulary().terms(kind)) {
                int[] docs = IntStream.range(0, cases.size()).filter(i -> cases.get(i).terms(kind).contains(t)).toArray();
                List<String> names = new ArrayList<>();
                names.add(tokenizer.normalize(t.name()));
                t.aliases().forEach(a -> names.add(tokenizer.normalize(a)));
                out.add(new SearchIndex.Facet(t.key(), DocSets.encode(docs, cases.size()),
                        names.stream().distinct().toList()));
            }
        }
        return out;
    }

    private static List<SearchIndex.Doc> docs(List<Case> cases, String[] passages) {
        List<SearchIndex.Doc> out = new ArrayList<>(cases.size());
        for (Case c : cases) {
            List<SearchIndex.Chip> chips = new ArrayList<>();
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                for (Term t : c.terms(kind)) {
                    chips.add(new SearchIndex.Chip(kind.key(), t.slug()));
                }
            }
            String text = passages[out.size()];
            out.add(new SearchIndex.Doc(c.slug(), c.title(),
                    c.date().map(DateTimeFormatter.ISO_LOCAL_DATE::format).orElse(""), List.copyOf(chips),
                    c.summary() == null ? "" : c.summary(), text));
        }
        return out;
    }
}
