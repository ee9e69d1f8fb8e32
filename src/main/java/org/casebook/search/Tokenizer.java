package org.casebook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The one tokenizer of Casebook search; {@code tokenize} in {@code templates/assets/search.js} is its
 * twin, and both are held to {@code src/test/resources/search/tokenizer-vectors.json}.
 *
 * <p>Text is normalised (NFKC, which also folds full-width forms; lower case; traditional characters
 * to simplified), then cut into runs: a run of Han characters gives its overlapping bigrams (a lone
 * character gives itself), a run of other letters and digits gives one word ({@code cbd}, {@code 5g},
 * {@code 2024}); everything else separates. Bigrams need no dictionary, so the index and the browser
 * can never disagree about where a word ends — the failure that makes other static search tools miss
 * Chinese substrings.
 */
public final class Tokenizer {

    private final TraditionalFolding folding;

    public Tokenizer(TraditionalFolding folding) {
        this.folding = folding;
    }

    public String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folding.fold(n);
    }

    /** A maximal run of Han characters ({@code han}) or of other letters and digits, normalised. */
    public record Run(String text, boolean han) {
    }

    public List<Run> runs(String text) {
        String n = normalize(text);
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < n.length()) {
            int cp = n.codePointAt(i);
            int kind = kind(cp);
            if (kind == SEPARATOR) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n.length() && kind(n.codePointAt(i)) == kind) {
                i += Character.charCount(n.codePointAt(i));
            }
            runs.add(new Run(n.substring(start, i), kind == HAN));
        }
        return runs;
    }

    /** The terms of a text, in order, repeats kept. */
    public List<String> tokens(String text) {
        return tokens(runs(text));
    }

    public List<String> tokens(List<Run> runs) {
        List<String> out = new ArrayList<>();
        for (Run r : runs) {
            if (!r.han()) {
                out.add(r.text());
                continue;
            }
            int[] cps = r.text().codePoints().toArray();
            if (cps.length == 1) {
                out.add(r.text());
            }
            for (int k = 0; k + 1 < cps.length; k++) {
                out.add(new String(cps, k, 2));
            }
        }
        return out;
    }

    /**
     * The overlapping trigrams of each Han run of three or more characters: present together in a
     * document only where the query's characters stand together, so they carry the phrase bonus.
     */
    public List<String> phrases(String text) {
        return List.copyOf(new LinkedHashSet<>(trigrams(runs(text))));
    }

    /** Every trigram occurrence of the Han runs, repeats kept (for term frequencies). */
    public List<String> trigrams(List<Run> runs) {
        List<String> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.han()) {
                int[] cps = r.text().codePoints().toArray();
                for (int k = 0; k + 2 < cps.length; k++) {
                    out.add(new String(cps, k, 3));
                }
            }
        }
        return out;
    }

    /**
     * Every Han character occurrence of runs longer than one (a lone one is already a token), so that
     * a one-character query finds it inside longer runs.
     */
    public List<String> characters(List<Run> runs) {
        List<String> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.han() && r.text().codePointCount(0, r.text().length()) > 1) {
                r.text().codePoints().forEach(cp -> out.add(Character.toString(cp)));
            }
        }
        return out;
    }

    private static final int SEPARATOR = 0;
    private static final int HAN = 1;
    private static final int WORD = 2;

    private static int kind(int cp) {
        if (isHan(cp)) {
            return HAN;
        }
        return Character.isLetter(cp) || Character.isDigit(cp) ? WORD : SEPARATOR;
    }

    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x323AF) || cp == 0x3007;
    }
}
