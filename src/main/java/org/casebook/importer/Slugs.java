package org.casebook.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casebook.text.Pinyin;

/**
 * A slug from a title's pinyin: {@code 以产业链党组织推动园区党建全覆盖 → yi-chan-ye-lian-dang-zu-zhi-tui-dong}.
 * Syllables are joined by hyphens and cut at a syllable to at most {@link #MAX_CHARS} characters;
 * ASCII words of the title are kept; a number is appended while the slug is taken.
 */
final class Slugs {

    static final int MAX_CHARS = 40;

    private Slugs() {
    }

    static String fromTitle(String title, Set<String> taken, String fallback) {
        Pinyin pinyin = Pinyin.standard();
        List<String> words = new ArrayList<>();
        StringBuilder ascii = new StringBuilder();
        for (char c : (title + " ").toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                ascii.append(Character.toLowerCase(c));
                continue;
            }
            if (ascii.length() > 0) {
                words.add(ascii.toString());
                ascii.setLength(0);
            }
            pinyin.plain(c).map(p -> p.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")).filter(p -> !p.isEmpty())
                    .ifPresent(words::add);
        }
        StringBuilder slug = new StringBuilder();
        for (String w : words) {
            if (slug.length() > 0 && slug.length() + 1 + w.length() > MAX_CHARS) {
                break;
            }
            slug.append(slug.length() > 0 ? "-" : "").append(w, 0, Math.min(w.length(), MAX_CHARS));
        }
        String base = slug.length() == 0 ? fallback : slug.toString();
        String s = base;
        for (int n = 2; taken.contains(s); n++) {
            s = base + "-" + n;
        }
        return s;
    }
}
