package org.casebook.search;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a query asks for, as search.js's {@code analyse} reads it: its distinct terms, which of them
 * overlap a function word ({@link StopWords}; these count for little in ranking), and the trigrams
 * of the phrase bonus (only those free of function words). A query made only of function words
 * keeps them all at full weight. The Java twin exists so that both sides are held to the same
 * vectors; the ranking itself runs in the browser.
 *
 * @param terms   distinct tokens in query order
 * @param stop    the tokens that overlap a function word
 * @param phrases distinct trigrams free of function words, in query order
 */
public record QueryAnalysis(List<String> terms, Set<String> stop, List<String> phrases) {

    public static QueryAnalysis of(String query, Tokenizer tokenizer, StopWords stopWords) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> content = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> allPhrases = new LinkedHashSet<>();
        for (Tokenizer.Run r : tokenizer.runs(query)) {
            String t = r.text();
            if (!r.han()) {
                terms.add(t);
                if (!stopWords.isStopWord(t)) {
                    content.add(t);
                }
                continue;
            }
            int[] cps = t.codePoints().toArray();
            boolean[] marks = stopWords.mark(t);
            // marks are per UTF-16 unit; function words are all in the Basic Multilingual Plane
            boolean[] stop = new boolean[cps.length];
            for (int k = 0, u = 0; k < cps.length; u += Character.charCount(cps[k]), k++) {
                stop[k] = marks[u];
            }
            if (cps.length == 1) {
                terms.add(t);
                if (!stop[0]) {
                    content.add(t);
                }
            }
            for (int k = 0; k + 1 < cps.length; k++) {
                String b = new String(cps, k, 2);
                terms.add(b);
                if (!stop[k] && !stop[k + 1]) {
                    content.add(b); // content wherever it stands clear of function words once
                }
            }
            for (int k = 0; k + 2 < cps.length; k++) {
                String p = new String(cps, k, 3);
                allPhrases.add(p);
                if (!stop[k] && !stop[k + 1] && !stop[k + 2]) {
                    phrases.add(p);
                }
            }
        }
        if (content.isEmpty()) {
            return new QueryAnalysis(List.copyOf(terms), Set.of(), List.copyOf(allPhrases));
        }
        Set<String> stop = new LinkedHashSet<>(terms);
        stop.removeAll(content);
        return new QueryAnalysis(List.copyOf(terms), Collections.unmodifiableSet(stop), List.copyOf(phrases));
    }
}
