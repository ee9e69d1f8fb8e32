package org.casebook.search;

/**
 * The layout of the static index, shared with search.js. Bump {@link #VERSION} whenever the meaning
 * of any file changes: the client refuses an index of another version instead of misreading it.
 */
public final class IndexFormat {

    public static final int VERSION = 8;
    /** The global function every index file calls with its payload (JSONP-style, so file:// works). */
    public static final String CALLBACK = "casebookSearchLoad";
    public static final String DIR = "search/";
    public static final String ENTRY = DIR + "index.js";
    public static final String TABLE = DIR + "t2s.js";
    /** Character to pinyin, loaded by the client only when a query looks mistyped. */
    public static final String PINYIN = DIR + "py.js";

    /** Postings longer than this keep scores only for their best documents. */
    static final int SCORED_TOP = 200;
    /**
     * Aimed-at size of one term shard, in bytes. A first search loads one shard per query term, most
     * of it other terms' postings: small shards keep that low, at the price of more files.
     */
    static final int SHARD_TARGET_BYTES = 2 * 1024;
    /**
     * At most about this many term shards per case. A small knowledge base's index is mostly terms
     * that one case holds (the 27-case sample: ~1.2 MB, ~590 shards of 2 KB), and there a file costs
     * more than its bytes: creating one is a fraction of a millisecond on a Linux disk and more on
     * Windows, where a virus scanner opens each new file. Two a case gives the sample 54 shards of
     * ~22 KB: its build ~0.05 s faster than with eight a case, its first searches 170–270 KB instead
     * of 100–130 KB, a few milliseconds from a local disk or network. At 500 synthetic cases it makes
     * 1,024 shards instead of 1,728 and first searches of 103–119 KB instead of 96–110 KB. The
     * 10,000-case benchmark corpus has ~1.1 shards a case, so it changes nothing there.
     */
    static final int MAX_SHARDS_PER_CASE = 2;

    /**
     * How many term shards an index of {@code bytes} (terms and postings) over {@code cases} cases gets:
     * the count its size asks for, or the cap per case when that is lower, rounded up to five
     * significant bits (steps of 3–6 %). A term's shard is its hash modulo the count, so a count that
     * moved with every edit would move every term; on the grid an edit that adds or drops a few
     * hundred bytes leaves it, and the other shards, as they were.
     */
    static int shardCount(long bytes, int cases) {
        long bySize = (bytes + SHARD_TARGET_BYTES - 1) / SHARD_TARGET_BYTES;
        return (int) Math.max(1, onGrid(Math.min(bySize, (long) MAX_SHARDS_PER_CASE * Math.max(1, cases))));
    }

    /** {@code n} rounded up to a number with at most five significant bits. */
    static long onGrid(long n) {
        int drop = Math.max(0, 64 - Long.numberOfLeadingZeros(n) - 5);
        long step = 1L << drop;
        return (n + step - 1) / step * step;
    }

    /**
     * The average body length BM25 normalises by, rounded to a grid of 32 steps per doubling (about
     * 2 %; the scores move by less than that). Every score depends on it: rounded, an edit to one
     * case changes only the postings of that case's terms, and the other shards stay byte for byte
     * as the last build wrote them. StrictMath: the same grid point on every JVM.
     */
    static double steadyAverage(double average) {
        double steps = StrictMath.rint(StrictMath.log(Math.max(1.0, average)) / StrictMath.log(2.0) * 32.0);
        return StrictMath.pow(2.0, steps / 32.0);
    }

    /** Characters of body passages a result fragment carries for its snippet ({@link Passages}). */
    static final int SNIPPET_SOURCE_CHARS = 400;

    static final double K1 = 1.2;
    static final double B = 0.75;
    /**
     * Scores (BM25's term-frequency part, below K1 + 1) travel as integers: two hundredths, so the
     * largest still takes two base-64 digits.
     */
    static final double SCORE_SCALE = 200.0;

    /**
     * Fragments are checked against the numbering in chunks of this many documents: a fragment names
     * its chunk's cases, so a case added at the end leaves every fragment of an earlier chunk as it was.
     */
    public static final int ORDER_CHUNK = 256;

    /**
     * Characters of a tail code: each document of the last, incomplete chunk has one in the entry, a
     * hash of the chunk's slugs up to and including its own (24 bits, URL-safe base 64).
     */
    static final int TAIL_CODE_CHARS = 4;

    private IndexFormat() {
    }

    public static String shard(int i) {
        return DIR + "s/" + i + ".js";
    }

    public static String fragment(int doc) {
        return DIR + "d/" + doc + ".js";
    }

    /**
     * FNV-1a over the UTF-16 code units of a term: the shard a term lives in. search.js computes the
     * same with {@code Math.imul}.
     */
    public static int shardOf(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }
}
