package org.casebook.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Readings of Chinese characters, from {@code pinyin.txt} beside this class (U+3400..U+9FFF; made by
 * {@code tools/pinyin/make-table.py} from Unihan-derived data, see the file's header). Loaded once,
 * on first use; immutable and thread-safe.
 */
public final class Pinyin {

    private static final String RESOURCE = "pinyin.txt";

    private final Map<Character, List<String>> readings;

    private Pinyin(Map<Character, List<String>> readings) {
        this.readings = readings;
    }

    private static final class Holder {
        static final Pinyin STANDARD = load();
    }

    /** The table shipped with Casebook. */
    public static Pinyin standard() {
        return Holder.STANDARD;
    }

    /** Every reading of a character with tone marks, most common first; empty for a character not in the table. */
    public List<String> readings(char c) {
        return readings.getOrDefault(c, List.of());
    }

    /** The most common reading in plain ASCII without tone ({@code 链 → lian}, {@code 绿 → lv}). */
    public Optional<String> plain(char c) {
        List<String> r = readings(c);
        return r.isEmpty() ? Optional.empty() : Optional.of(toneless(r.get(0)));
    }

    /** {@code lǜ → lv}, {@code zhǎng → zhang}: tone marks dropped, ü written v as on a keyboard. */
    public static String toneless(String reading) {
        String s = reading.replace('ü', 'v').replace("ǖ", "v").replace("ǘ", "v").replace("ǚ", "v").replace("ǜ", "v");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Pinyin load() {
        Map<Character, List<String>> map = new HashMap<>(40_000);
        try (InputStream in = Pinyin.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab != 1) {
                    continue;
                }
                map.put(line.charAt(0), List.of(line.substring(tab + 1).split(",")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pinyin(Map.copyOf(map));
    }
}
