package org.casebook.search;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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
     * ({@link IndexFormat#onGrid}: an added case seldom moves it). With a memo, taken from the last
     * index's {@link PassageState} where neither the body's text nor any of its bigrams' steps
     * changed, and this index's state left in it; without one ({@link PassageMemo#NONE}) nothing is
     * fingerprinted or kept.
     */
    String[] choose(List<Case> cases, Map<String, RenderedBody> bodies, int n, PassageMemo memo) {
        int grid = (int) IndexFormat.onGrid(Math.max(1, n));
        int[] stepOf = Passages.steps(grid);
        Passages.BigramSteps steps = (a, b) -> {
            Postings p = postings(a, b);
            return stepOf[p == null ? 0 : p.df()];
        };
        boolean remember = memo != PassageMemo.NONE;
        long[] now = remember ? bigramSteps(stepOf) : null;
        Optional<PassageState> last = remember ? last(memo) : Optional.empty();
        BitSet touched = last.flatMap(state -> state.touched(grid, now, this::docs)).orElse(null);
        PassageState.Print[] prints = new PassageState.Print[n];
        String[] out = IntStream.range(0, n).parallel().mapToObj(i -> {
            RenderedBody body = bodies.get(cases.get(i).slug());
            if (body == null) {
                return "";
            }
            if (remember) {
                prints[i] = PassageState.Print.of(body.text());
                String kept = touched == null || touched.get(i) ? null : last.get().passages(prints[i]);
                if (kept != null) {
                    return kept;
                }
            }
            return Passages.select(body.text(), tokenizer, steps, IndexFormat.SNIPPET_SOURCE_CHARS);
        }).toArray(String[]::new);
        if (remember) {
            Map<PassageState.Print, String> byPrint = new HashMap<>(2 * n);
            for (int i = 0; i < n; i++) {
                if (prints[i] != null) {
                    byPrint.put(prints[i], out[i]);
                }
            }
            memo.keep(new PassageState(grid, now, byPrint).encode());
        }
        return out;
    }

    /** The state the memo holds, if it is one; one it cannot read is distrusted. */
    private static Optional<PassageState> last(PassageMemo memo) {
        Optional<byte[]> bytes = memo.last();
        Optional<PassageState> state = bytes.flatMap(PassageState::decode);
        if (bytes.isPresent() && state.isEmpty()) {
            memo.distrust();
        }
        return state;
    }

    /** The postings of the bigram {@code ab}, null when no document holds it. */
    private Postings postings(char a, char b) {
        long key = NgramCounts.key(a, b);
        return ngrams[NgramCounts.partition(key)].find(key);
    }

    /** The documents holding the bigram of {@code code} ({@code a << 16 | b}), one the index holds. */
    private int[] docs(int code) {
        Postings p = postings((char) (code >>> 16), (char) code);
        int[] docs = new int[p.df()];
        p.decode(docs, new int[docs.length], new int[docs.length]);
        return docs;
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
