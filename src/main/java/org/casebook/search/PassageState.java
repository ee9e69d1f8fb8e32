package org.casebook.search;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.casebook.cache.EntryReader;
import org.casebook.cache.EntryWriter;
import org.casebook.cache.Fingerprint;

/**
 * What the snippet passages of one index were chosen from: each Han bigram's weight step
 * ({@link Passages#step}) and each body's passages under its text's fingerprint. A body's passages
 * depend on nothing but its text and the steps of its bigrams, so the next index over a knowledge
 * base that changed a little takes a body's passages from here when its text is here and none of its
 * bigrams moved to another step; it chooses only the others again. With one case edited, a few
 * bigrams change their document count by one, and a count moves a bigram to another step only near
 * a step's edge: a few bodies are chosen again instead of every one.
 */
final class PassageState {

    private static final int MAGIC = 0x43425053; // CBPS
    private static final int VERSION = 1;

    /** The document count the steps were taken against ({@link IndexFormat#onGrid}). */
    final int docs;
    /** Bigram codes ({@code a << 16 | b}) ascending, with their steps: {@code code << 8 | step}. */
    final long[] steps;
    final Map<Print, String> passages;

    /** A body's text fingerprint. */
    record Print(long high, long low) {

        static Print of(String text) {
            long[] f = Fingerprint.of(text);
            return new Print(f[0], f[1]);
        }
    }

    PassageState(int docs, long[] steps, Map<Print, String> passages) {
        this.docs = docs;
        this.steps = steps;
        this.passages = passages;
    }

    /** A bigram and its step, packed so that ascending longs are ascending codes. */
    static long packed(int code, int step) {
        return (long) code << 8 | step;
    }

    /** The passages kept for a body of this fingerprint, if any. */
    String passages(Print print) {
        return passages.get(print);
    }

    /**
     * The documents holding a bigram whose step differs from this state's (or that it lacks), or
     * empty when the steps were taken against another document count (every step may differ then,
     * that of a bigram no document holds too): {@code docsOf} gives a bigram code's documents.
     * {@code now} is packed and ascending as {@link #steps}.
     */
    Optional<BitSet> touched(int docs, long[] now, IntFunction<int[]> docsOf) {
        if (docs != this.docs) {
            return Optional.empty();
        }
        BitSet touched = new BitSet();
        int j = 0;
        for (long x : now) {
            long code = x >> 8;
            while (j < steps.length && (steps[j] >> 8) < code) {
                j++;
            }
            if (j < steps.length && steps[j] == x) {
                continue;
            }
            for (int d : docsOf.apply((int) code)) {
                touched.set(d);
            }
        }
        return Optional.of(touched);
    }

    byte[] encode() {
        int chars = 0;
        for (String p : passages.values()) {
            chars += p.length();
        }
        EntryWriter out = new EntryWriter(16 + 8 * steps.length + 20 * passages.size() + 2 * chars);
        out.number(MAGIC).number(VERSION).number(docs).number(steps.length);
        for (long x : steps) {
            out.number((int) (x >> 8)).number((int) (x & 0xff));
        }
        out.number(passages.size());
        // in fingerprint order: the same state gives the same bytes
        passages.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingLong(Print::high).thenComparingLong(Print::low)))
                .forEach(e -> {
                    Print p = e.getKey();
                    out.number((int) (p.high() >>> 32)).number((int) p.high()).number((int) (p.low() >>> 32))
                            .number((int) p.low()).string(e.getValue());
                });
        return out.bytes();
    }

    /** The state these bytes hold; empty when they are not one this code wrote. */
    static Optional<PassageState> decode(byte[] bytes) {
        try {
            EntryReader in = new EntryReader(bytes);
            if (in.number() != MAGIC || in.number() != VERSION) {
                return Optional.empty();
            }
            int docs = in.number();
            int n = in.count();
            long[] steps = new long[n];
            for (int i = 0; i < n; i++) {
                int code = in.number();
                int step = in.number();
                steps[i] = packed(code, step);
                if (step < 0 || step > 0xff || i > 0 && steps[i] <= steps[i - 1]) {
                    return Optional.empty();
                }
            }
            int m = in.count();
            Map<Print, String> passages = new HashMap<>(2 * m);
            for (int i = 0; i < m; i++) {
                long high = (long) in.number() << 32 | in.number() & 0xffffffffL;
                long low = (long) in.number() << 32 | in.number() & 0xffffffffL;
                passages.put(new Print(high, low), in.string());
            }
            return in.atEnd() ? Optional.of(new PassageState(docs, steps, passages)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
