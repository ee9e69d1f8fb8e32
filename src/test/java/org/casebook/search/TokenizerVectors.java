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

    record Vector(String note, String input, List<String> tokens, List<String> phrases) {
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
        return list.stream().map(m -> new Vector((String) m.get("note"), (String) m.get("input"),
                (List<String>) m.get("tokens"), (List<String>) m.get("phrases"))).toList();
    }
}
