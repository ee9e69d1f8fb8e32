package org.casebook.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.render.page.SitePaths;
import org.casebook.testing.SiteLinks;
import org.casebook.testing.SyntheticKb;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collection longer than one volume is printed as several, each a page of its own. */
class CollectionVolumesTest {

    private static final int CASES = 2 * SitePaths.VOLUME_SIZE + 50;

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        SyntheticKb.write(dir, CASES, 7);
        try {
            // the all-cases collection is not written unless asked for
            Files.writeString(dir.resolve("casebook.yml"), "collections: [all]\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        result = Casebook.at(dir).build();
        site = dir.resolve("site");
    }

    private static Document read(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "http://site.invalid/" + path);
    }

    @Test
    void theAllCasesCollectionIsSplitIntoVolumesThatTogetherHoldEveryCaseOnce() throws IOException {
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        List<String> volumes = List.of("print/all/index.html", "print/all/2/index.html", "print/all/3/index.html");
        assertFalse(Files.exists(site.resolve("print/all/4/index.html")));
        List<String> inPrint = new ArrayList<>();
        for (int v = 0; v < volumes.size(); v++) {
            Document doc = read(volumes.get(v));
            List<String> ids = doc.select("article.print-case").eachAttr("id");
            assertEquals(v < 2 ? SitePaths.VOLUME_SIZE : 50, ids.size(), volumes.get(v));
            assertEquals(ids.size(), doc.select(".print-toc li").size(), "contents list the volume's cases");
            inPrint.addAll(ids);
            // the cover names the volume; the volume list marks this one as current
            assertTrue(doc.selectFirst(".cover-volume").text().contains(String.valueOf(v + 1)), volumes.get(v));
            assertEquals(String.valueOf(v + 1), doc.selectFirst(".print-volumes a[aria-current=page]").text());
            assertEquals(3, doc.select(".print-volumes a").size());
        }
        // the Word edition is split the same way, numbering on from volume to volume
        for (int v = 0; v < volumes.size(); v++) {
            String word = org.casebook.render.page.SitePaths.collectionWord("print/all/index.html", v + 1);
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(site.resolve(word)))) {
                List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                        .map(p -> p.getText()).toList();
                assertEquals(v < 2 ? SitePaths.VOLUME_SIZE : 50, headings.size(), word);
                assertTrue(headings.get(0).startsWith((v * SitePaths.VOLUME_SIZE + 1) + "．"), headings.get(0));
            }
        }
        assertFalse(Files.exists(site.resolve("print/all/all-4.docx")));
        assertEquals(CASES, inPrint.size());
        assertEquals(CASES, inPrint.stream().distinct().count(), "no case printed twice");
    }

    @Test
    void theListOfCollectionsLinksEveryVolumeAndEveryLinkResolves() throws IOException {
        Document index = read("print/index.html");
        List<String> hrefs = index.select(".collection-all ~ .volume-links a").eachAttr("href");
        assertEquals(List.of("../print/all/index.html", "../print/all/2/index.html", "../print/all/3/index.html"), hrefs);
        assertEquals(List.of(), SiteLinks.problems(site));
    }
}
