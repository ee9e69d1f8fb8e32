package org.casebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static Map<String, Object> sample() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("slug", "yangpu");
        inner.put("n", 3);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", "洋浦</script>");
        root.put("tags", List.of("a", "b"));
        root.put("terms", List.of(inner, Map.of()));
        root.put("none", null);
        root.put("empty", List.of());
        return root;
    }

    @Test
    void indentsForReaders() {
        assertEquals("""
                {
                  "title": "洋浦\\u003c/script\\u003e",
                  "tags": ["a", "b"],
                  "terms": [
                    {
                      "slug": "yangpu",
                      "n": 3
                    },
                    {}
                  ],
                  "none": null,
                  "empty": []
                }
                """, Json.write(sample()));
    }

    @Test
    void compactHasNoWhitespaceBetweenTokensAndTheSameEscaping() {
        assertEquals("{\"title\":\"洋浦\\u003c/script\\u003e\",\"tags\":[\"a\",\"b\"],"
                + "\"terms\":[{\"slug\":\"yangpu\",\"n\":3},{}],\"none\":null,\"empty\":[]}\n", Json.compact(sample()));
    }
}
