package org.casebook.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case's own Word document carries the case's date (an undated case's, none) and a collection the newest of its cases, so
 * that a case added today (the daily addition) leaves every document and printable collection that
 * does not hold it byte for byte as it was.
 */
class CaseDocumentDateTest {

    @TempDir
    Path tmp;

    @Test
    void eachDocumentCarriesTheDateOfItsCasesAndANewerCaseLeavesTheOthersAsTheyWere() throws IOException {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("one", "第一个案例", "洋浦", "组织建设", "现场会", "2024-01-01");
        kb.addCase("two", "第二个案例", "洋浦", "组织建设", "现场会", "2024-03-02");
        kb.addCase("undated.md", "title: 没写日期的案例\npark: 三亚中央商务区\ntheme: 组织建设\nmethod: 现场会", "正文。\n");
        build(kb);
        byte[] one = Files.readAllBytes(document(kb, "one"));
        byte[] two = Files.readAllBytes(document(kb, "two"));
        byte[] undated = Files.readAllBytes(document(kb, "undated"));
        assertEquals(false, core(document(kb, "undated")).contains("dcterms:created"),
                "a case without a date: a document without one, " + core(document(kb, "undated")));
        assertTrue(core(document(kb, "one")).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-01T"),
                core(document(kb, "one")));

        kb.addCase("three", "第三个案例", "洋浦", "组织建设", "现场会", "2024-05-03");
        build(kb);
        assertArrayEquals(one, Files.readAllBytes(document(kb, "one")));
        assertArrayEquals(two, Files.readAllBytes(document(kb, "two")));
        assertArrayEquals(undated, Files.readAllBytes(document(kb, "undated")), "not dated by the newest case either");
        assertTrue(core(document(kb, "three")).contains(">2024-05-03T"), core(document(kb, "three")));
        Path yangpu = park(kb, "洋浦");
        assertTrue(core(yangpu).contains(">2024-05-03T"), "a collection is dated by its newest case: " + core(yangpu));
        byte[] yangpuDoc = Files.readAllBytes(yangpu);
        String yangpuPage = Files.readString(yangpu.resolveSibling("index.html"));

        // a case of another park leaves this park's collection, in Word and in print, as it was
        kb.addCase("four", "第四个案例", "三亚中央商务区", "组织建设", "现场会", "2024-07-04");
        build(kb);
        assertArrayEquals(yangpuDoc, Files.readAllBytes(yangpu));
        assertEquals(yangpuPage, Files.readString(yangpu.resolveSibling("index.html")));
        assertTrue(core(park(kb, "三亚中央商务区")).contains(">2024-07-04T"), core(park(kb, "三亚中央商务区")));
    }

    private static void build(TestKb kb) {
        BuildResult r = Casebook.at(kb.dir()).output(kb.site()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
    }

    /** The Word file of a park's collection, found by the park's name on the printable page beside it. */
    private static Path park(TestKb kb, String name) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(kb.site().resolve("print"))) {
            return all.filter(p -> p.getFileName().toString().equals(p.getParent().getFileName() + ".docx"))
                    .filter(p -> read(p.resolveSibling("index.html")).contains(name)).findFirst().orElseThrow();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path document(TestKb kb, String slug) {
        return kb.site().resolve(org.casebook.render.page.SitePaths.caseWord(slug));
    }

    private static String core(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
