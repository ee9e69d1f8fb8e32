package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The builder's shortcuts against the plain definitions they replace. */
class SearchIndexBuilderTest {

    @Test
    void scoreBelowTopIsTheScoreOfTheFirstDocumentLeftOut() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int df = 201 + random.nextInt(3000);
            int range = 1 + random.nextInt(round % 2 == 0 ? 5 : 2000); // many ties, or few
            int[] scores = random.ints(df, 1, range + 1).toArray();
            int[] sorted = scores.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[df - 1 - IndexFormat.SCORED_TOP], SearchIndexBuilder.scoreBelowTop(scores, IndexFormat.SCORED_TOP));
        }
    }

    @Test
    void snippetSourceIsTheCollapsedTrimmedStartOfTheText() {
        StringBuilder long1 = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            long1.append("党建 \n\t引领  ");
        }
        String cut = "党".repeat(IndexFormat.SNIPPET_SOURCE_CHARS - 1) + "𠀀𠀀";
        List<String> texts = List.of("", "   ", " \n 党员教育 \r\n 积分制度 ", "\u3000党员\u3000 \u3000", long1.toString(),
                long1 + "   ", "a".repeat(IndexFormat.SNIPPET_SOURCE_CHARS) + "   \n", "a".repeat(IndexFormat.SNIPPET_SOURCE_CHARS - 1) + " \u3000 b",
                cut, "\u000B\f党\u000B\f员\u2028 ");
        for (String t : texts) {
            String expected = t.replaceAll("\\s+", " ").strip();
            if (expected.length() > IndexFormat.SNIPPET_SOURCE_CHARS) {
                int end = IndexFormat.SNIPPET_SOURCE_CHARS;
                if (Character.isHighSurrogate(expected.charAt(end - 1))) {
                    end--;
                }
                expected = expected.substring(0, end);
            }
            assertEquals(expected, SearchIndexBuilder.snippetSource(t), t);
        }
    }
}
