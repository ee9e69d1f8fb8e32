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
    /** The same table indexed by UTF-16 unit: folding runs over every character of every case. */
    private final char[] direct = new char[Character.MAX_VALUE + 1];

    private TraditionalFolding(Map<Character, Character> table) {
        this.table = table;
        for (int c = 0; c < direct.length; c++) {
            direct[c] = (char) c;
        }
        table.forEach((t, s) -> direct[t] = s);
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
        return direct[c];
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
