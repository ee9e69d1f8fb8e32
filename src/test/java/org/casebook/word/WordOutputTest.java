package org.casebook.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample knowledge base's Word documents, opened with POI as Word would read them. */
class WordOutputTest {

    @TempDir
    static Path tmp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        result = Casebook.at(Path.of(".")).output(site).build();
    }

    private static XWPFDocument open(String path) throws IOException {
        try (InputStream in = Files.newInputStream(site.resolve(path))) {
            return new XWPFDocument(in);
        }
    }

    private static Document html(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static List<String> textsInStyle(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void theAllCasesCollectionHasCoverContentsAndOneNumberedHeadingPerCaseInTheBookletsOrder() throws IOException {
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        Document booklet = html("print/all/index.html");
        List<String> titles = booklet.select(".print-toc li .toc-title").eachText();
        assertFalse(titles.isEmpty());
        try (XWPFDocument doc = open("print/all/all.docx")) {
            List<String> cover = doc.getParagraphs().stream().limit(8).map(XWPFParagraph::getText).toList();
            assertTrue(cover.contains("海南自贸港重点园区党建经验库"), cover.toString());
            assertEquals("全部案例汇编", textsInStyle(doc, WordStyles.TITLE).get(0));
            assertTrue(cover.contains("共 " + titles.size() + " 个案例"), cover.toString());
            // the date: the newest case date, written the Chinese way and labelled as what it is
            assertTrue(cover.stream().anyMatch(t -> t.matches("收录案例截至 \\d{4}年\\d{1,2}月\\d{1,2}日")), cover.toString());
            // a real TOC field over the case titles, which the document asks to update on opening
            String body = doc.getDocument().xmlText();
            assertTrue(body.contains("TOC \\o \"1-1\""), "TOC field instruction");
            assertTrue(body.contains("fldCharType=\"begin\"") && body.contains("fldCharType=\"end\""));
            assertTrue(doc.isEnforcedUpdateFields());
            List<String> headings = textsInStyle(doc, WordStyles.CASE_TITLE);
            assertEquals(titles.size(), headings.size());
            for (int i = 0; i < titles.size(); i++) {
                assertEquals((i + 1) + "．" + titles.get(i), headings.get(i));
            }
            // each case on a new page: the case-title style breaks the page before itself
            assertTrue(doc.getStyles().getStyle(WordStyles.CASE_TITLE).getCTStyle().getPPr().isSetPageBreakBefore());
            // page numbers at the foot (not on the cover)
            assertTrue(doc.getFooterList().stream().anyMatch(f -> f._getHdrFtr().xmlText().contains("w:instr=\"PAGE\"")));
            assertTrue(doc.getDocument().getBody().getSectPr().isSetTitlePg(), "the cover has no page number");
            // pictures (the sample's SVG diagrams, each with its PNG stand-in), tables and footnotes
            assertTrue(doc.getAllPictures().stream().anyMatch(p -> p.getFileName().endsWith(".svg")));
            assertTrue(doc.getAllPictures().stream().anyMatch(p -> p.getFileName().endsWith(".png")));
            assertTrue(body.contains("svgBlip"));
            assertFalse(doc.getTables().isEmpty());
            assertFalse(doc.getFootnotes().isEmpty());
        }
    }

    @Test
    void stylesAreNamedAsDocumentedAndSetTheBodyIn仿宋三号OnAnA4PageWithOfficialMargins() throws IOException {
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        try (XWPFDocument doc = open("print/all/all.docx")) {
            var styles = doc.getStyles();
            assertEquals("Normal", styles.getStyle("Normal").getName());
            assertEquals("Title", styles.getStyle("Title").getName());
            assertEquals("heading 1", styles.getStyle("Heading1").getName());
            assertEquals("heading 2", styles.getStyle("Heading2").getName());
            assertEquals("heading 3", styles.getStyle("Heading3").getName());
            assertEquals("toc 1", styles.getStyle("TOC1").getName());
            assertEquals("Casebook 案例信息", styles.getStyle("CaseMeta").getName());
            var normal = styles.getStyle("Normal").getCTStyle().getRPr();
            assertEquals("仿宋", normal.getRFontsArray(0).getEastAsia());
            assertEquals("32", normal.getSzArray(0).getVal().toString());
            assertEquals("黑体", styles.getStyle("Title").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals("11906", sect.getPgSz().getW().toString());
            assertEquals(String.valueOf(WordPage.twips(37)), sect.getPgMar().getTop().toString());
            assertEquals(String.valueOf(WordPage.twips(35)), sect.getPgMar().getBottom().toString());
            assertEquals(String.valueOf(WordPage.twips(28)), sect.getPgMar().getLeft().toString());
            assertEquals(String.valueOf(WordPage.twips(26)), sect.getPgMar().getRight().toString());
        }
    }

    @Test
    void everyCaseAndEveryParkThemeAndMethodCollectionHasItsDocumentLinkedFromItsPage() throws IOException {
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        try (Stream<Path> pages = Files.list(site.resolve("cases"))) {
            for (Path dir : pages.filter(p -> Files.isRegularFile(p.resolve("index.html"))
                    && !p.getFileName().toString().equals("page")).toList()) {
                String slug = dir.getFileName().toString();
                assertTrue(Files.isRegularFile(dir.resolve(slug + ".docx")), slug);
                Document page = html("cases/" + slug + "/index.html");
                assertEquals("../../cases/" + slug + "/" + slug + ".docx", page.selectFirst("a.word-download").attr("href"), slug);
                try (XWPFDocument doc = open("cases/" + slug + "/" + slug + ".docx")) {
                    assertEquals(page.selectFirst("h1").ownText().strip(), textsInStyle(doc, WordStyles.CASE_TITLE).get(0));
                }
            }
        }
        for (String kind : List.of("park", "theme", "method")) {
            try (Stream<Path> terms = Files.list(site.resolve("print/" + kind))) {
                List<Path> dirs = terms.toList();
                assertFalse(dirs.isEmpty(), kind);
                for (Path dir : dirs) {
                    assertTrue(Files.isRegularFile(dir.resolve(dir.getFileName() + ".docx")), dir.toString());
                }
            }
        }
        assertEquals("../../print/all/all.docx", html("print/all/index.html").selectFirst("a.word-download").attr("href"));
        assertFalse(html("print/index.html").select("a[href$=.docx]").isEmpty());
    }

    /**
     * research-institutes-co-building links seed-industry-chain-party-committee (both of 崖州湾), and
     * seed-industry-chain-party-committee links a case of 洋浦: in 崖州湾's collection the first link
     * goes to its case's title, the second stays text, as every link does in a case's own document.
     */
    @Test
    void aLinkToACaseTheCollectionHoldsGoesToThatCasesTitle() throws IOException {
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        try (XWPFDocument doc = open("print/park/yazhouwan/yazhouwan.docx")) {
            Map<String, String> titles = new java.util.HashMap<>();
            List<org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun> links = new java.util.ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (WordStyles.CASE_TITLE.equals(p.getStyle())) {
                    p.getCTP().getBookmarkStartList().forEach(b -> titles.put(b.getName(), p.getText()));
                }
                p.getIRuns().stream().filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)
                        .map(r -> (org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun) r).forEach(links::add);
            }
            assertEquals(textsInStyle(doc, WordStyles.CASE_TITLE).size(), titles.size(), "a bookmark at every case title");
            assertEquals(List.of("南繁种业产业链党委案例"), links.stream().map(r -> r.getText(0)).toList());
            assertTrue(titles.get(links.get(0).getAnchor()).contains("南繁种业产业链党委"), titles + " " + links.get(0).getAnchor());
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertTrue(text.contains("洋浦产业链党组织案例"), "a link to a case of another park keeps its text");
        }
        try (XWPFDocument doc = open("cases/research-institutes-co-building/research-institutes-co-building.docx")) {
            assertFalse(doc.getDocument().xmlText().contains("hyperlink"), "a case's own document holds no other case");
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("南繁种业产业链党委案例")));
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        Path again = tmp.resolve("again");
        assertTrue(Casebook.at(Path.of(".")).output(again).build().ok());
        List<String> docs = documents();
        assertEquals(docs, documents(again));
        for (String path : docs) {
            assertArrayEquals(Files.readAllBytes(site.resolve(path)), Files.readAllBytes(again.resolve(path)), path);
        }
    }

    @Test
    void everyDocumentOpensWithItsPageNumberFieldsPicturesAndFootnotesAndNumbersItsDrawingsOnce() throws IOException {
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        List<String> docs = documents();
        assertTrue(docs.size() > 40, docs.toString());
        int pictures = 0;
        int footnotes = 0;
        for (String path : docs) {
            Map<String, String> parts = parts(path);
            String body = parts.get("word/document.xml");
            try (XWPFDocument doc = open(path)) {
                assertTrue(doc.getFooterList().stream().anyMatch(f -> f._getHdrFtr().xmlText().contains("w:instr=\"PAGE\"")),
                        path + ": the page number");
                boolean collection = path.startsWith("print/");
                assertEquals(collection, body.contains(" TOC \\o \"1-1\""), path + ": a table of contents in collections only");
                // a collection asks to update its fields on opening; a single case has no settings part at all
                assertEquals(collection, parts.containsKey("word/settings.xml") && doc.isEnforcedUpdateFields(), path);
                assertEquals(collection, doc.getDocument().getBody().getSectPr().isSetTitlePg(), path + ": no number on a cover");
                assertFalse(textsInStyle(doc, WordStyles.CASE_TITLE).isEmpty(), path);
                // every picture's relationship leads to a picture part of this document
                Matcher embed = Pattern.compile("r:embed=\"([^\"]+)\"").matcher(body);
                while (embed.find()) {
                    assertTrue(doc.getPictureDataByID(embed.group(1)) != null, path + ": " + embed.group(1));
                    pictures++;
                }
                // every footnote reference has its footnote
                Matcher ref = Pattern.compile("<w:footnoteReference w:id=\"(\\d+)\"").matcher(body);
                while (ref.find()) {
                    assertTrue(doc.getFootnoteByID(Integer.parseInt(ref.group(1))) != null, path + ": footnote " + ref.group(1));
                    footnotes++;
                }
            }
            // drawing ids are unique in a document (Word repairs a document where two are equal)
            List<String> ids = Pattern.compile("<wp:docPr id=\"(\\d+)\"").matcher(body).results().map(m -> m.group(1)).toList();
            assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), path + ": " + ids);
            assertEquals(ids, Pattern.compile("<pic:cNvPr id=\"(\\d+)\"").matcher(body).results().map(m -> m.group(1)).toList(), path);
            // only the parts it uses: no footnotes part without footnotes, no settings in a single case
            assertEquals(body.contains("<w:footnoteReference"), parts.containsKey("word/footnotes.xml"), path);
            String styles = parts.get("word/styles.xml");
            for (Matcher used = Pattern.compile("<w:pStyle w:val=\"([^\"]+)\"").matcher(body); used.find(); ) {
                assertTrue(styles.contains("w:styleId=\"" + used.group(1) + "\""), path + ": style " + used.group(1));
            }
        }
        assertTrue(pictures > 0 && footnotes > 0, "the sample has pictures and footnotes: " + pictures + ", " + footnotes);
    }

    @Test
    void aCaseReadsTheSameInItsOwnDocumentAndInTheCollection() throws IOException {
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        Map<String, List<String>> single = new java.util.HashMap<>();
        for (String path : documents()) {
            if (path.startsWith("cases/")) {
                try (XWPFDocument doc = open(path)) {
                    List<String> texts = doc.getParagraphs().stream().map(WordOutputTest::withoutFootnoteNumbers).toList();
                    single.put(texts.get(0), texts.subList(1, texts.size()));
                }
            }
        }
        try (XWPFDocument doc = open("print/all/all.docx")) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            int compared = 0;
            for (int i = 0; i < ps.size(); i++) {
                if (!WordStyles.CASE_TITLE.equals(ps.get(i).getStyle())) {
                    continue;
                }
                String title = ps.get(i).getText().replaceFirst("^\\d+．", "");
                List<String> texts = new java.util.ArrayList<>();
                for (int j = i + 1; j < ps.size() && !WordStyles.CASE_TITLE.equals(ps.get(j).getStyle()); j++) {
                    texts.add(withoutFootnoteNumbers(ps.get(j)));
                }
                assertEquals(single.get(title), texts, title);
                compared++;
            }
            assertEquals(single.size(), compared);
        }
    }

    /** A paragraph's text with POI's footnote marks, whose numbers differ by document, made equal. */
    /**
     * The cover's paragraphs, spaces included, fit the page's text height, so the compiling unit and
     * the date are not pushed onto a page of their own. Each line counts at its exact height where a
     * style sets one, else at 1.3 times its font size.
     */
    @Test
    void everyCollectionCoverFitsOnItsFirstPage() throws IOException {
        List<String> collections = documents().stream().filter(d -> d.startsWith("print/")).toList();
        assertFalse(collections.isEmpty());
        for (String path : collections) {
            Map<String, String> parts = parts(path);
            String document = parts.get("word/document.xml");
            Map<String, Map<String, Integer>> styles = new java.util.HashMap<>();
            Matcher st = Pattern.compile("<w:style [^>]*w:styleId=\"([^\"]+)\"[^>]*>(.*?)</w:style>")
                    .matcher(parts.get("word/styles.xml"));
            while (st.find()) {
                Map<String, Integer> props = twipsProperties(st.group(2));
                Matcher based = Pattern.compile("<w:basedOn w:val=\"([^\"]+)\"").matcher(st.group(2));
                if (based.find()) {
                    props.put("basedOn:" + based.group(1), 0);
                }
                styles.put(st.group(1), props);
            }
            String cover = document.substring(document.indexOf("<w:body>"), document.indexOf("<w:br w:type=\"page\"/>"));
            int height = 0;
            Matcher para = Pattern.compile("<w:p>(.*?)</w:p>|<w:p>(.*)$").matcher(cover);
            int lines = 0;
            while (para.find()) {
                String xml = para.group(1) != null ? para.group(1) : para.group(2);
                Matcher style = Pattern.compile("<w:pStyle w:val=\"([^\"]+)\"").matcher(xml);
                Map<String, Integer> props = resolved(styles, style.find() ? style.group(1) : "Normal");
                props.putAll(twipsProperties(xml));
                int line = props.getOrDefault("line", 0) > 0 ? props.get("line") : props.getOrDefault("sz", 21) * 13;
                height += props.getOrDefault("before", 0) + props.getOrDefault("after", 0) + line;
                lines++;
            }
            Matcher margins = Pattern.compile("<w:pgSz w:w=\"\\d+\" w:h=\"(\\d+)\"/><w:pgMar w:top=\"(\\d+)\"[^>]*w:bottom=\"(\\d+)\"")
                    .matcher(document);
            assertTrue(margins.find(), path);
            int textHeight = Integer.parseInt(margins.group(1)) - Integer.parseInt(margins.group(2))
                    - Integer.parseInt(margins.group(3));
            assertTrue(lines >= 5, path + ": " + lines + " cover paragraphs");
            assertTrue(height <= textHeight, path + ": the cover needs " + height + " twips, the page has " + textHeight);
        }
    }

    /** Spacing before/after, an exact line height (twips) and the font size (half-points) set in a piece of XML. */
    private static Map<String, Integer> twipsProperties(String xml) {
        Map<String, Integer> props = new java.util.HashMap<>();
        Matcher spacing = Pattern.compile("<w:spacing ([^>]*)/>").matcher(xml);
        if (spacing.find()) {
            Matcher attr = Pattern.compile("w:(before|after|line)=\"(\\d+)\"").matcher(spacing.group(1));
            while (attr.find()) {
                props.put(attr.group(1), Integer.parseInt(attr.group(2)));
            }
            if (props.containsKey("line") && !spacing.group(1).contains("w:lineRule=\"exact\"")) {
                props.remove("line");
            }
        }
        Matcher sz = Pattern.compile("<w:sz w:val=\"(\\d+)\"").matcher(xml);
        if (sz.find()) {
            props.put("sz", Integer.parseInt(sz.group(1)));
        }
        return props;
    }

    /** A style's properties with those of the styles it is based on underneath. */
    private static Map<String, Integer> resolved(Map<String, Map<String, Integer>> styles, String id) {
        Map<String, Integer> own = styles.getOrDefault(id, Map.of());
        Map<String, Integer> out = new java.util.HashMap<>();
        own.keySet().stream().filter(k -> k.startsWith("basedOn:")).findFirst()
                .ifPresent(k -> out.putAll(resolved(styles, k.substring("basedOn:".length()))));
        own.forEach((k, v) -> {
            if (!k.startsWith("basedOn:")) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String withoutFootnoteNumbers(XWPFParagraph p) {
        return p.getText().replaceAll("\\[footnoteRef:\\d+\\]", "[footnoteRef]").replaceAll("\\[\\d+: ", "[note: ");
    }

    private static List<String> documents() throws IOException {
        return documents(site);
    }

    private static List<String> documents(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".docx")).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** The document's XML parts as text, read with java.util.zip. */
    private static Map<String, String> parts(String path) throws IOException {
        Map<String, String> parts = new java.util.HashMap<>();
        try (ZipFile zip = new ZipFile(site.resolve(path).toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
