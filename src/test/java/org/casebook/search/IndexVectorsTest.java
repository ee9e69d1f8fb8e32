package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * The production index builder (its one-pass counting, not {@link Tokenizer}) against the shared
 * vectors: a build of one case per vector, whose summary is the vector's input, must index for that
 * case every token and phrase trigram of the vector, and list each Han bigram under its pinyin keys.
 */
class IndexVectorsTest {

    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void theBuiltIndexHoldsEveryVectorTermForItsCase() throws IOException {
        List<TokenizerVectors.Vector> vectors = TokenizerVectors.all();
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        Json json = new Json();
        for (int i = 0; i < vectors.size(); i++) {
            kb.addCase("v" + i + ".md", "title: v" + i + "\npark: 洋浦\ntheme: 组织建设\nmethod: 现场会\ndate: 2024-01-01\n"
                    + "summary: " + json.toJson(vectors.get(i).input()) + "\n", "x\n");
        }
        BuildResult r = Casebook.at(kb.dir()).output(kb.site()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        Map<String, Integer> docOf = new HashMap<>();
        Map<String, Object> terms = new HashMap<>();
        try (Stream<Path> files = Files.walk(kb.site().resolve("search"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String s = Files.readString(f);
                Map<String, Object> p = json.toType(s.substring(IndexFormat.CALLBACK.length() + 1, s.length() - 3), Map.class);
                if ("doc".equals(p.get("type"))) {
                    docOf.put((String) ((Map<String, Object>) p.get("doc")).get("slug"), ((Number) p.get("id")).intValue());
                } else if ("shard".equals(p.get("type"))) {
                    terms.putAll((Map<String, Object>) p.get("terms"));
                }
            }
        }
        int n = docOf.size();
        int checked = 0;
        for (int i = 0; i < vectors.size(); i++) {
            TokenizerVectors.Vector v = vectors.get(i);
            int doc = docOf.get("v" + i);
            Set<String> expected = new HashSet<>(v.tokens());
            expected.addAll(v.phrases());
            for (String t : expected) {
                Object postings = terms.get(t);
                assertTrue(postings instanceof List, "the index lacks " + t + " of " + v.input());
                String docs = (String) ((List<Object>) postings).get(1);
                assertTrue(decode(docs, n).contains(doc), t + " of " + v.input() + " is not indexed for its case");
                checked++;
            }
            v.pinyin().forEach((bigram, keys) -> {
                for (String key : keys) {
                    Object entry = terms.get(key);
                    // a key lists its PINYIN_CANDIDATES most frequent bigrams: no sound has more here
                    assertTrue(entry instanceof List && ((String) ((List<Object>) entry).get(0)).contains(bigram)
                            || !v.tokens().contains(bigram), key + " does not list " + bigram);
                }
            });
            v.initials().forEach((bigram, keys) -> {
                if (!v.tokens().contains(bigram)) {
                    return;
                }
                for (String key : keys) {
                    Object entry = terms.get(key);
                    assertTrue(entry instanceof List, "no entry for the initials " + key + " of " + bigram);
                    String listed = (String) ((List<Object>) entry).get(0);
                    // a key lists its PINYIN_CANDIDATES most frequent bigrams, every one of those initials
                    assertTrue(listed.contains(bigram) || listed.length() == 2 * SearchIndexBuilder.PINYIN_CANDIDATES,
                            key + " lists neither " + bigram + " nor as many bigrams as it keeps: " + listed);
                    for (int c = 0; c < listed.length(); c += 2) {
                        assertTrue(Pinyin.standard().initialKeys(listed.substring(c, c + 2)).contains(key),
                                key + " lists " + listed.substring(c, c + 2));
                    }
                }
            });
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    /** The document ids of an encoded set (DocSets): d = varint gaps, b = bitmap, c = complement of gaps. */
    static Set<Integer> decode(String s, int n) {
        Set<Integer> out = new HashSet<>();
        char kind = s.charAt(0);
        if (kind == 'b') {
            for (int i = 1; i < s.length(); i++) {
                int bits = Base64Varint.ALPHABET.indexOf(s.charAt(i));
                for (int b = 0; b < 6; b++) {
                    if ((bits & (1 << b)) != 0 && (i - 1) * 6 + b < n) {
                        out.add((i - 1) * 6 + b);
                    }
                }
            }
            return out;
        }
        Set<Integer> listed = new HashSet<>();
        int prev = -1;
        int v = 0;
        int shift = 0;
        for (int i = 1; i < s.length(); i++) {
            int d = Base64Varint.ALPHABET.indexOf(s.charAt(i));
            v += (d & 31) << shift;
            if ((d & 32) != 0) {
                shift += 5;
            } else {
                prev += v + 1;
                listed.add(prev);
                v = 0;
                shift = 0;
            }
        }
        if (kind == 'd') {
            return listed;
        }
        for (int d = 0; d < n; d++) {
            if (!listed.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }
}
