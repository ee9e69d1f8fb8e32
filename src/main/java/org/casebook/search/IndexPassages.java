package org.casebook.search;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.casebook.cache.Fingerprint;
import org.casebook.kb.Case;
import org.casebook.render.markdown.RenderedBody;

/**
 * The snippet passages of one index: each document's {@link Passages}, chosen against the index's
 * bigram counts, or taken from the last index's {@link PassageState} where they cannot differ.
 */
final class IndexPassages {

    /** The index's packed n-grams, one table per hash partition ({@link NgramCounts#partition}). */
    private final PackedTermTable[] ngrams;
    private final Tokenizer tokenizer;

    IndexPassages(PackedTermTable[] ngrams, Tokenizer tokenizer) {
        this.ngrams = ngrams;
        this.tokenizer = tokenizer;
    }

    /**
     * Each document's snippet passages ({@link Passages}), weighed by the document count on a grid
     * ({@link IndexFormat#onGrid}: an added case seldom moves it), taken from the last index's
     * {@link PassageState} where neither the body's text nor any of its bigrams' steps changed.
     */
    String[] choose(List<Case> cases, Map<String, RenderedBody> bodies, int n, PassageMemo memo) {
        int grid = (int) IndexFormat.onGrid(Math.max(1, n));
        int[] stepOf = Passages.steps(grid);
        Passages.BigramSteps steps = (a, b) -> {
            long key = NgramCounts.key(a, b);
            Postings p = ngrams[NgramCounts.partition(key)].find(key);
            return stepOf[p == null ? 0 : p.df()];
        };
        if (memo == PassageMemo.NONE) {
            return IntStream.range(0, n).parallel().mapToObj(i -> {
                RenderedBody body = bodies.get(cases.get(i).slug());
                return body == null ? "" : Passages.select(body.text(), tokenizer, steps, IndexFormat.SNIPPET_SOURCE_CHARS);
            }).toArray(String[]::new);
        }
        long[] now = bigramSteps(stepOf);
        Optional<byte[]> lastBytes = memo.last();
        Optional<PassageState> last = lastBytes.flatMap(PassageState::decode);
        if (lastBytes.isPresent() && last.isEmpty()) {
            memo.distrust();
        }
        BitSet touched = last.flatMap(state -> state.touched(grid, now, code -> {
            long key = NgramCounts.key((char) (code >>> 16), (char) code);
            Postings p = ngrams[NgramCounts.partition(key)].find(key);
            int[] docs = new int[p.df()];
            p.decode(docs, new int[docs.length], new int[docs.length]);
            return docs;
        })).orElse(null);
        PassageState.Print[] prints = new PassageState.Print[n];
        String[] out = IntStream.range(0, n).parallel().mapToObj(i -> {
            RenderedBody body = bodies.get(cases.get(i).slug());
            if (body == null) {
                return "";
            }
            long[] f = Fingerprint.of(body.text());
            prints[i] = new PassageState.Print(f[0], f[1]);
            String kept = touched == null || touched.get(i) ? null : last.get().passages(prints[i]);
            return kept != null ? kept : Passages.select(body.text(), tokenizer, steps, IndexFormat.SNIPPET_SOURCE_CHARS);
        }).toArray(String[]::new);
        Map<PassageState.Print, String> byPrint = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            if (prints[i] != null) {
                byPrint.put(prints[i], out[i]);
            }
        }
        memo.keep(new PassageState(grid, now, byPrint).encode());
        return out;
    }

    /** Every Han bigram of the index with its step, packed ({@link PassageState#packed}) and ascending. */
    private long[] bigramSteps(int[] stepOf) {
        long[][] perPart = new long[ngrams.length][];
        IntStream.range(0, ngrams.length).parallel().forEach(q -> {
            long[] found = new long[ngrams[q].size()];
            int[] m = {0};
            ngrams[q].forEach((key, p) -> {
                if (key >>> 48 == 2) {
                    found[m[0]++] = PassageState.packed((int) key, stepOf[p.df()]);
                }
            });
            perPart[q] = Arrays.copyOf(found, m[0]);
        });
        long[] all = Arrays.stream(perPart).flatMapToLong(Arrays::stream).toArray();
        Arrays.parallelSort(all);
        return all;
    }
}
