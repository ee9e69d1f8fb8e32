package org.casebook.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * A case's own Word document carries the case's date, so that a case added today (the daily addition)
 * leaves every other case's document byte for byte as it was, while a collection carries the newest.
 */
class CaseDocumentDateTest {

    @TempDir
    Path tmp;

    @Test
    void aCasesDocumentCarriesItsOwnDateAndANewerCaseLeavesItAsItWas() throws IOException {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("one", "第一个案例", "洋浦", "组织建设", "现场会", "2024-01-01");
        kb.addCase("two", "第二个案例", "洋浦", "组织建设", "现场会", "2024-03-02");
        build(kb);
        byte[] one = Files.readAllBytes(document(kb, "one"));
        byte[] two = Files.readAllBytes(document(kb, "two"));
        assertTrue(core(document(kb, "one")).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-01T"),
                core(document(kb, "one")));

        kb.addCase("three", "第三个案例", "洋浦", "组织建设", "现场会", "2024-05-03");
        build(kb);
        assertArrayEquals(one, Files.readAllBytes(document(kb, "one")));
        assertArrayEquals(two, Files.readAllBytes(document(kb, "two")));
        assertTrue(core(document(kb, "three")).contains(">2024-05-03T"), core(document(kb, "three")));
        try (java.util.stream.Stream<Path> all = Files.walk(kb.site().resolve("print"))) {
            Path park = all.filter(p -> p.getFileName().toString().equals("collection.docx")).findFirst().orElseThrow();
            assertTrue(core(park).contains(">2024-05-03T"), "a collection is dated by its newest case: " + core(park));
        }
    }

    private static void build(TestKb kb) {
        BuildResult r = Casebook.at(kb.dir()).output(kb.site()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
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
