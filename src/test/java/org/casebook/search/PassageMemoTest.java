package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.casebook.engine.Engine;
import org.casebook.engine.Progress;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.testing.TestClock;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippet passages an index takes from the last index's state are the passages it would choose:
 * a knowledge base of long bodies (each over the passage budget, so every body's choice depends on
 * the whole collection's bigram counts) is edited, grown and shrunk step by step, and after each step
 * the index built with the state of the step before must equal the index built without one.
 */
class PassageMemoTest {

    /** Few characters: many bigrams shared by many bodies, whose counts every edit moves. */
    private static final String HAN = "党建园区企业服务人才积分联盟流动教育组织学习";

    @TempDir
    Path dir;

    @Test
    void passagesTakenFromTheLastIndexAreThoseChosenAfresh() throws IOException {
        Random random = new Random(41);
        TestKb kb = TestKb.create(dir.resolve("kb"));
        int next = 0;
        for (; next < 16; next++) {
            writeCase(kb, next, random);
        }
        PassageMemo memo = PassageMemo.inMemory();
        int reused = 0;
        int unchanged = 0;
        for (int step = 0; step < 30; step++) {
            int kind = step == 0 ? -1 : random.nextInt(5);
            if (step > 0) {
                List<Path> cases = cases(kb);
                Path target = cases.get(random.nextInt(cases.size()));
                switch (kind) {
                    case 0 -> Files.delete(target);
                    case 1 -> writeCase(kb, next++, random);
                    case 2 -> {
                        // nothing changed: every body's passages come from the state
                    }
                    default -> {
                        // one sentence of one body rewritten: a few bigrams change their counts by one
                        String text = Files.readString(target);
                        int at = text.indexOf('。', random.nextInt(text.length() / 2) + text.length() / 4);
                        Files.writeString(target, text.substring(0, at) + sentence(random) + text.substring(at));
                    }
                }
            }
            Engine.Model model = model(kb);
            Optional<byte[]> before = memo.last();
            SearchIndex fresh = index(model, PassageMemo.NONE);
            SearchIndex kept = index(model, memo);
            assertEquals(texts(fresh), texts(kept), "passages after step " + step);
            if (before.isPresent()) {
                int n = reusedCount(before.get(), model);
                if (kind == 2) {
                    assertEquals(fresh.docs().size(), n, "passages reused with nothing changed, step " + step);
                    unchanged++;
                } else {
                    reused += n;
                }
            }
        }
        assertTrue(unchanged > 0, "no step left the knowledge base as it was");
        // after an edit too, although with this small alphabet every bigram is in most bodies and a
        // count moved by one often moves a step
        assertTrue(reused > 0, "no passage reused after an edit");
    }

    @Test
    void aKeptPassageIsUsedOnlyWhileItsBodysBigramsKeepTheirSteps() {
        long[] last = {PassageState.packed(0x51A05EFA, 3), PassageState.packed(0x5B665E50, 5), PassageState.packed(0x6D416D41, 7)};
        PassageState state = new PassageState(64, last, Map.of());
        Map<Integer, int[]> docs = Map.of(0x51A05EFA, new int[] {0, 2}, 0x5B665E50, new int[] {1}, 0x6D416D41, new int[] {3},
                0x4E004E00, new int[] {4});
        // the same steps: nothing is touched
        assertEquals(Optional.of(new BitSet()), state.touched(64, last, docs::get));
        // one bigram moved a step, and one is new: the bodies holding either
        long[] now = {PassageState.packed(0x4E004E00, 1), last[0], PassageState.packed(0x5B665E50, 4), last[2]};
        BitSet expected = new BitSet();
        expected.set(1);
        expected.set(4);
        assertEquals(Optional.of(expected), state.touched(64, now, docs::get));
        // steps taken against another document count: nothing is known to hold
        assertEquals(Optional.empty(), state.touched(68, last, docs::get));
    }

    @Test
    void theStateComesBackAsItWasWrittenAndAnythingElseIsNotOne() {
        Map<PassageState.Print, String> passages = new HashMap<>();
        passages.put(new PassageState.Print(-7L, 42L), "第一句。\n第三句");
        passages.put(new PassageState.Print(Long.MAX_VALUE, Long.MIN_VALUE), "\uD800 孤立的代理项");
        long[] steps = {PassageState.packed(0x8000_0001, 0), PassageState.packed(-5, 255), PassageState.packed(0x51A05EFA, 9)};
        java.util.Arrays.sort(steps);
        byte[] bytes = new PassageState(96, steps, passages).encode();
        PassageState back = PassageState.decode(bytes).orElseThrow();
        assertArrayEquals(bytes, back.encode());
        assertEquals("第一句。\n第三句", back.passages(new PassageState.Print(-7L, 42L)));
        assertEquals(Optional.of(new BitSet()), back.touched(96, steps, code -> new int[] {0}));
        for (int cut : new int[] {0, 3, 8, bytes.length / 2, bytes.length - 1}) {
            assertTrue(PassageState.decode(java.util.Arrays.copyOf(bytes, cut)).isEmpty(), "cut at " + cut);
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertTrue(PassageState.decode(longer).isEmpty(), "a byte too many");
        byte[] otherVersion = bytes.clone();
        otherVersion[7]++;
        assertTrue(PassageState.decode(otherVersion).isEmpty(), "another version");
    }

    @Test
    void aStateThatIsNotOneIsDistrustedAndEveryPassageChosenAfresh() throws IOException {
        Random random = new Random(3);
        TestKb kb = TestKb.create(dir.resolve("kb"));
        for (int i = 0; i < 6; i++) {
            writeCase(kb, i, random);
        }
        Engine.Model model = model(kb);
        boolean[] distrusted = {false};
        byte[][] kept = {null};
        PassageMemo garbage = new PassageMemo() {
            @Override
            public Optional<byte[]> last() {
                return Optional.of("not a state at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void keep(byte[] state) {
                kept[0] = state;
            }

            @Override
            public void distrust() {
                distrusted[0] = true;
            }
        };
        assertEquals(texts(index(model, PassageMemo.NONE)), texts(index(model, garbage)));
        assertTrue(distrusted[0], "the unreadable state was not reported");
        assertTrue(PassageState.decode(kept[0]).isPresent(), "a good state was not left for the next index");
    }

    /**
     * How many bodies' passages an index takes from the state the step before left: the same state
     * with every passage marked, and the marked ones counted.
     */
    private static int reusedCount(byte[] before, Engine.Model model) {
        PassageState state = PassageState.decode(before).orElseThrow();
        Map<PassageState.Print, String> marked = new HashMap<>();
        state.passages.forEach((print, text) -> marked.put(print, "※" + text));
        byte[] markedBytes = new PassageState(state.docs, state.steps, marked).encode();
        PassageMemo memo = PassageMemo.inMemory();
        memo.keep(markedBytes);
        return (int) index(model, memo).docs().stream().filter(d -> d.text().startsWith("※")).count();
    }

    private static SearchIndex index(Engine.Model model, PassageMemo memo) {
        return new SearchIndexBuilder(new Tokenizer(TraditionalFolding.standard()))
                .build(model.kb().orElseThrow(), model.bodies(), TaxonomyKind::key, memo);
    }

    private static List<String> texts(SearchIndex index) {
        List<String> out = new ArrayList<>();
        for (SearchIndex.Doc d : index.docs()) {
            out.add(d.slug() + ": " + d.text());
        }
        return out;
    }

    private Engine.Model model(TestKb kb) {
        Engine.Settings settings = new Engine.Settings(kb.dir(), false, Optional.empty(), TestClock.CLOCK, "test");
        try (Engine engine = new Engine(settings, Engine.Lifetime.ONCE, new Progress() { }, dir.resolve("scratch.tmp"))) {
            Engine.Model model = engine.runAll();
            assertFalse(model.hasErrors(), model.problems().toString());
            return model;
        }
    }

    private static void writeCase(TestKb kb, int n, Random random) {
        StringBuilder body = new StringBuilder("## 做法\n\n");
        int sentences = 25 + random.nextInt(20);
        for (int s = 0; s < sentences; s++) {
            body.append(sentence(random));
            if (random.nextInt(6) == 0) {
                body.append("\n\n");
            }
        }
        kb.addCase("c" + n + ".md", "title: 案例" + n + "\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-03-"
                + String.format("%02d", 1 + n % 28) + "\nsummary: 案例" + n + "的摘要。", body + "\n");
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int len = 6 + random.nextInt(30);
        for (int i = 0; i < len; i++) {
            s.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return s.append('。').toString();
    }

    private static List<Path> cases(TestKb kb) throws IOException {
        try (Stream<Path> s = Files.list(kb.dir().resolve("cases"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
