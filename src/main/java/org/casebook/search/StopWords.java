package org.casebook.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The question and function words of queries (怎么, 如何, 的, 吗 …), from {@code stopwords.txt}: the one
 * list of both implementations. The index entry carries it to {@code search.js}, and
 * {@link QueryAnalysis} is the Java twin of the client's use of it, both held to the shared vectors.
 * A line starting with {@code !} is a word that is never a function word (了解 is not 了 + 解): the
 * longest match decides.
 */
public final class StopWords {

    private static final String RESOURCE = "stopwords.txt";
    private static volatile StopWords standard;

    /** Word to whether it is a function word ({@code false}: a protected word). */
    private final Map<String, Boolean> words;
    private final int longest;

    StopWords(Map<String, Boolean> words) {
        this.words = java.util.Collections.unmodifiableMap(new TreeMap<>(words));
        this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The list shipped with Casebook. */
    public static StopWords standard() {
        StopWords s = standard;
        if (s == null) {
            s = load();
            standard = s;
        }
        return s;
    }

    private static StopWords load() {
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Boolean> words = new TreeMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (w.isEmpty() || w.startsWith("#")) {
                    continue;
                }
                boolean keep = w.startsWith("!");
                words.put(keep ? w.substring(1) : w, !keep);
            }
            return new StopWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which characters of a normalised Han run belong to a function word, by the longest match from
     * left to right (UTF-16 units; function words are all in the Basic Multilingual Plane).
     */
    boolean[] mark(String run) {
        boolean[] stop = new boolean[run.length()];
        int i = 0;
        while (i < run.length()) {
            int len = 0;
            Boolean isStop = null;
            for (int l = Math.min(longest, run.length() - i); l >= 1; l--) {
                Boolean s = words.get(run.substring(i, i + l));
                if (s != null) {
                    len = l;
                    isStop = s;
                    break;
                }
            }
            if (len == 0) {
                i++;
                continue;
            }
            if (isStop) {
                java.util.Arrays.fill(stop, i, i + len, true);
            }
            i += len;
        }
        return stop;
    }

    boolean isStopWord(String word) {
        return Boolean.TRUE.equals(words.get(word));
    }

    /** The list as the index entry carries it: words separated by spaces, protected ones with a leading {@code !}. */
    String entryText() {
        List<String> out = new ArrayList<>();
        words.forEach((w, stop) -> out.add(stop ? w : "!" + w));
        return String.join(" ", out);
    }
}
