package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(TraditionalFolding.standard());

    @Test
    void javaTokenizerMatchesEverySharedVector() {
        List<TokenizerVectors.Vector> vectors = TokenizerVectors.all();
        assertTrue(vectors.size() >= 25, "the vector file lost entries");
        for (TokenizerVectors.Vector v : vectors) {
            assertEquals(v.tokens(), tokenizer.tokens(v.input()), "tokens of " + v.input() + " (" + v.note() + ")");
            assertEquals(v.phrases(), tokenizer.phrases(v.input()), "phrases of " + v.input() + " (" + v.note() + ")");
        }
    }

    @Test
    void charactersOfLongerRunsAreIndexedForOneCharacterQueries() {
        List<Tokenizer.Run> runs = tokenizer.runs("党建 e 家");
        assertEquals(List.of("党", "建"), tokenizer.characters(runs));
    }

    @Test
    void foldingKeepsLengthSoOffsetsStayValid() {
        String t = "黨員教育與組織建設";
        assertEquals(t.length(), TraditionalFolding.standard().fold(t).length());
        assertEquals("党员教育与组织建设", TraditionalFolding.standard().fold(t));
    }

    @Test
    void shardOfIsStableAndInRange() {
        // the client computes the same FNV-1a; these values are pinned in SearchClientTest too
        assertEquals(IndexFormat.shardOf("党员", 1000), IndexFormat.shardOf("党员", 1000));
        for (String t : List.of("党员", "积分", "cbd", "𠀀𠀁")) {
            int s = IndexFormat.shardOf(t, 7);
            assertTrue(s >= 0 && s < 7);
        }
    }
}
