package org.casebook.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Traditional to simplified Chinese, one character for one character, from the table shipped in
 * {@code t2s.txt} (a subset of OpenCC's TSCharacters; see the file's header). One-for-one keeps every
 * offset of a text valid, which the client's snippet highlighting relies on.
 */
public final class TraditionalFolding {

    private static final String RESOURCE = "t2s.txt";

    private final Map<Character, Character> table;

    private TraditionalFolding(Map<Character, Character> table) {
        this.table = table;
    }

    /** The table shipped with Casebook. */
    public static TraditionalFolding standard() {
        try (InputStream in = TraditionalFolding.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<Character, Character> table = new TreeMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                table.put(line.charAt(0), line.charAt(2));
            }
            return new TraditionalFolding(Map.copyOf(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public char fold(char c) {
        Character s = table.get(c);
        return s == null ? c : s;
    }

    public String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /** Pairs in traditional order, for the client's copy of the table. */
    public Map<Character, Character> pairs() {
        return new TreeMap<>(table);
    }
}
