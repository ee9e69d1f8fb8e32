package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derived outputs are rendered when first asked for, once per state of the site, and kept on disk. */
class DerivedOutputsTest {

    @TempDir
    Path dir;
    final DerivedOutputs derived = new DerivedOutputs();
    final AtomicInteger learningRuns = new AtomicInteger();
    final AtomicInteger searchRuns = new AtomicInteger();

    @AfterEach
    void close() {
        derived.close();
    }

    /** A state of the site: {@code version} shows in every output, so a stale output is told from a fresh one. */
    private void state(String version) {
        derived.replace(Map.of(
                "learning", sink -> {
                    learningRuns.incrementAndGet();
                    sink.write("print/all/index.html", "<p>all " + version + "</p>");
                    sink.write("sitemap.xml", "<urlset>" + version + "</urlset>");
                },
                "search", sink -> {
                    searchRuns.incrementAndGet();
                    sink.write("search/index.js", ("index " + version).getBytes(StandardCharsets.UTF_8));
                }));
    }

    /** A state with a group that can make each of its documents alone, as the Word group can. */
    private void stateWithDocuments(String version, AtomicInteger wholeRuns, AtomicInteger aloneRuns) {
        derived.replace(Map.of(
                "learning", sink -> {
                    learningRuns.incrementAndGet();
                    sink.write("print/all/index.html", "<p>all " + version + "</p>");
                },
                "word", new DerivedOutputs.Group() {
                    @Override
                    public void render(org.casebook.io.PageSink sink) throws java.io.IOException {
                        wholeRuns.incrementAndGet();
                        sink.write("cases/a/a.docx", "a " + version);
                        sink.write("cases/b/b.docx", "b " + version);
                    }

                    @Override
                    public boolean renderOne(org.casebook.io.PageSink sink, String sitePath) throws java.io.IOException {
                        if (!sitePath.endsWith(".docx") || sitePath.contains("/x/")) {
                            return false; // not one of its documents, or one it cannot make alone
                        }
                        aloneRuns.incrementAndGet();
                        sink.write(sitePath, sitePath.substring(6, 7) + " " + version);
                        return true;
                    }
                }));
    }

    @Test
    void aFileItsGroupCanMakeAloneIsMadeAloneOnceAndNoGroupIsRenderedWhole() throws Exception {
        AtomicInteger whole = new AtomicInteger();
        AtomicInteger alone = new AtomicInteger();
        stateWithDocuments("v1", whole, alone);
        assertEquals("a v1", read("cases/a/a.docx"));
        assertEquals("a v1", read("cases/a/a.docx"));
        assertEquals(1, alone.get(), "made once for this state");
        assertEquals(0, whole.get() + learningRuns.get(), "neither its own group nor another rendered whole");
        // a file the group cannot make alone renders it whole; then it serves every file from there
        assertTrue(derived.read("cases/x/x.docx").isEmpty());
        assertEquals(1, whole.get());
        assertEquals("b v1", read("cases/b/b.docx"));
        assertEquals(1, alone.get());

        stateWithDocuments("v2", whole, alone);
        assertEquals("b v2", read("cases/b/b.docx"));
        assertEquals(2, alone.get());
        assertEquals(1, whole.get());
        try (var files = Files.walk(derived.folder())) {
            assertFalse(files.anyMatch(f -> Files.isRegularFile(f) && f.toString().endsWith(".docx")
                    && readQuietly(f).contains("v1")),
                    "the group's files of the previous state, made alone or whole, are deleted once it makes new ones");
        }
    }

    private String read(String path) {
        return new String(derived.read(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void nothingIsRenderedUntilAskedForAndThenOnlyTheGroupAskedFor() {
        state("v1");
        assertEquals(0, learningRuns.get() + searchRuns.get());
        assertEquals("<p>all v1</p>", read("print/all/index.html"));
        assertEquals("<urlset>v1</urlset>", read("sitemap.xml"));
        assertEquals(1, learningRuns.get(), "rendered once for both of its paths");

        state("v2");
        assertEquals("index v2", read("search/index.js"));
        assertEquals(1, learningRuns.get(), "the search index did not need the learning pages");
        assertEquals("<p>all v2</p>", read("print/all/index.html"));
        assertEquals(2, learningRuns.get());
    }

    @Test
    void aPathNoGroupEverWroteUnderDoesNotRenderAnything() {
        state("v1");
        derived.renderAll();
        state("v2");
        assertTrue(derived.read("favicon.ico").isEmpty());
        assertFalse(derived.contains("cases/x/index.html"));
        assertEquals(1, learningRuns.get());
        assertEquals(1, searchRuns.get());
        // a new path under a known top-level name is found (a new term's printable collection)
        assertTrue(derived.read("print/theme/new/index.html").isEmpty());
        assertEquals(2, learningRuns.get());
    }

    @Test
    void beforeTheFirstRenderingAnyUnknownPathRendersToLearnWhatTheGroupsHold() {
        state("v1");
        assertTrue(derived.read("favicon.ico").isEmpty());
        assertEquals(1, learningRuns.get());
        assertEquals(1, searchRuns.get());
    }

    @Test
    void outputsLiveInATemporaryFolderThatIsReplacedAndFinallyDeleted() throws Exception {
        state("v1");
        assertEquals(Set.of("print/all/index.html", "sitemap.xml", "search/index.js"), derived.paths());
        Path folder = derived.folder();
        assertTrue(Files.isDirectory(folder));
        state("v2");
        assertArrayEquals("<p>all v2</p>".getBytes(StandardCharsets.UTF_8), derived.read("print/all/index.html").orElseThrow());
        assertEquals("index v2", read("search/index.js"));
        try (var files = Files.walk(folder)) {
            assertFalse(files.anyMatch(f -> Files.isRegularFile(f) && readQuietly(f).contains("v1")),
                    "the previous state's outputs are deleted once the new ones are rendered");
        }
        derived.close();
        assertFalse(Files.exists(folder));
    }

    private static String readQuietly(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
