package org.casebook.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** The shared tokenizer test vectors, read for the Java and the browser tests alike. */
final class TokenizerVectors {

    /**
     * One shared vector: the tokens and phrase trigrams of an input (Tokenizer), its function-word
     * terms and phrase-bonus trigrams as a query (QueryAnalysis), and the pinyin keys of each of its
     * Han bigram query terms (Pinyin).
     */
    record Vector(String note, String input, List<String> tokens, List<String> phrases, List<String> stop,
            List<String> queryPhrases, Map<String, List<String>> pinyin, Map<String, List<String>> initials) {
    }

    private TokenizerVectors() {
    }

    static String raw() {
        try (InputStream in = TokenizerVectors.class.getResourceAsStream("/search/tokenizer-vectors.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Vector> all() {
        List<Map<String, Object>> list = new Json().toType(raw(), List.class);
        return list.stream().map(m -> {
            Map<String, List<String>> pinyin = new java.util.LinkedHashMap<>();
            for (List<Object> pair : (List<List<Object>>) m.get("pinyin")) {
                pinyin.put((String) pair.get(0), (List<String>) pair.get(1));
            }
            Map<String, List<String>> initials = new java.util.LinkedHashMap<>();
            for (List<Object> pair : (List<List<Object>>) m.get("initials")) {
                initials.put((String) pair.get(0), (List<String>) pair.get(1));
            }
            return new Vector((String) m.get("note"), (String) m.get("input"), (List<String>) m.get("tokens"),
                    (List<String>) m.get("phrases"), (List<String>) m.get("stop"), (List<String>) m.get("queryPhrases"),
                    pinyin, initials);
        }).toList();
    }
}
