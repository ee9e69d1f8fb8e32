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

    /**
     * NFKC, lower case, traditional to simplified. Case text is almost all Han characters, ASCII and
     * Chinese punctuation, which NFKC maps one character at a time (full-width forms to ASCII, the
     * ideographic space to a space, the rest to themselves); such a text takes one pass over its
     * characters, and anything else (combining marks, compatibility ideographs, ligatures, …) the full
     * normaliser. {@code TokenizerTest} holds the two paths to the same result.
     */
    public String normalize(String text) {
        char[] out = text.toCharArray(); // folded in place: String.charAt costs a coder and bounds check a call under C1
        return foldSimply(out) ? new String(out) : normalizeFully(text);
    }

    /**
     * {@link #normalize}'s characters, for loops that read them one at a time: without the String in
     * between, which costs a copy and a Latin-1 check per text.
     */
    char[] normalizedChars(String text) {
        char[] out = text.toCharArray();
        return foldSimply(out) ? out : normalizeFully(text).toCharArray();
    }

    /** Folds the characters in place as NFKC and the rest would; false when one needs the full normaliser. */
    private boolean foldSimply(char[] out) {
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            char m;
            if (c < 0x80) {
                m = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                m = folding.fold(c);
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                m = (char) (c - 0xFEE0);
                m = m >= 'A' && m <= 'Z' ? (char) (m + ('a' - 'A')) : m;
            } else if (c == 0x3000) {
                m = ' ';
            } else if (c == 0x3001 || c == 0x3002 || (c >= 0x3008 && c <= 0x3011) || (c >= 0x2018 && c <= 0x201D)
                    || c == 0x2014 || c == 0x00B7) {
                m = c;
            } else {
                return false;
            }
            out[i] = m;
        }
        return true;
    }

    /** The general path of {@link #normalize}: the JDK's NFKC, then lower case, then folding. */
    String normalizeFully(String text) {
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

    static final int SEPARATOR = 0;
    static final int HAN = 1;
    static final int WORD = 2;

    static int kind(int cp) {
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
