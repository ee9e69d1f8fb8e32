package org.casebook.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cli.Main;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.LeakScan;
import org.casebook.testing.SiteTree;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guarantee of the public site: a knowledge base whose internal cases and internal passages
 * carry unique markers (in title, summary, unit, keywords, an extra field, the body, a term only
 * they use, file names, image and attachment bytes, slugs) is built for both audiences. Every file
 * of the public site, whatever it is, must hold none of them in any written form; the internal site
 * must hold every one (which also proves the scan can see them). Counts must be of public cases.
 */
class AudienceLeakTest {

    /** Every string here occurs only in internal material of src/test/resources/audience/kb. */
    static final List<String> MARKERS = List.of(
            // any marker: every internal string of the fixture contains this word
            "泄密",
            // internal passages of public cases
            "QXBLOCKHEAD", "内部情况说明", "QXBLOCKBODY", "泄密正文乙", "问题仍在整改中",
            "QXIMGNAME", "内部照片", "QXIMGBYTES", "泄密图像丑", "QXATTACH", "人员名单", "QXPDFBYTES",
            // a reference definition and a footnote written after the passage, used only inside it
            "QXREFIMG", "整改图", "QXREFIMGBYTES", "QXFOOTNOTE", "泄密脚注寅", "QXNOTEFILE", "整改清单",
            "QXFULLWIDTH", "泄密全角丙", "全角冒号写的内部段落", "QXQUOTE", "泄密引用丁",
            // the internal case, field by field
            "qxslug-secret", "QXTITLE", "泄密标题戊", "QXSUMMARY", "泄密摘要己", "QXUNIT", "泄密单位庚",
            "QXKEYWORD", "泄密关键词辛", "QXEXTRA", "泄密联系人壬", "QXBODY", "泄密正文癸", "某企业欠薪问题",
            "qxownimg", "QXOWNIMGBYTES",
            // the term only internal cases use: name, slug, alias, description
            "劳资调处专班", "QXTERM", "qxterm-secret", "欠薪处置", "QXALIAS", "只有内部案例使用的主题", "QXTERMDESC",
            // the case without a visibility field (internal by the knowledge base's default)
            "qxslug-implicit", "QXDEFAULT", "泄密默认子",
            // the caption of an internal passage's box
            "对外版不显示");

    /**
     * Every string here occurs only in the draft {@code cases/yangpu/qdraft-plan.md} (public, but a
     * draft): no site built without drafts holds them, and no collection holds them even with drafts.
     */
    static final List<String> DRAFT_MARKERS = List.of("qdraft-plan", "QDRAFTTITLE", "草稿标题子", "QDRAFTSUMMARY",
            "草稿摘要丑", "QDRAFTBODY", "草稿正文寅");

    /** Files only internal content links to. */
    static final List<String> INTERNAL_FILES = List.of("cases/yangpu/内部照片QXIMGNAME.png",
            "cases/yangpu/名单QXATTACH.pdf", "cases/jiangdong/qxownimg-现场.png", "cases/yangpu/整改图QXREFIMG.png",
            "cases/yangpu/清单QXNOTEFILE.pdf");

    @TempDir
    static Path tmp;
    static Path kb;
    static BuildResult pub;
    static BuildResult internal;
    /** The public site with drafts asked for, as a contributor previews it. */
    static BuildResult withDrafts;

    @BeforeAll
    static void buildBothAudiences() throws IOException, URISyntaxException {
        kb = tmp.resolve("kb");
        copyTree(Path.of(AudienceLeakTest.class.getResource("/audience/kb").toURI()), kb);
        pub = Casebook.at(kb).output(tmp.resolve("public")).audience(Audience.PUBLIC).build();
        internal = Casebook.at(kb).output(tmp.resolve("internal")).build();
        withDrafts = Casebook.at(kb).output(tmp.resolve("drafts")).audience(Audience.PUBLIC).drafts(true).build();
        assertTrue(withDrafts.ok(), withDrafts.diagnostics().toString());
        assertTrue(pub.ok(), pub.diagnostics().toString());
        assertTrue(internal.ok(), internal.diagnostics().toString());
    }

    @Test
    void thePublicSiteHoldsNoMarkerInAnyFileInAnyForm() {
        List<String> all = new ArrayList<>(MARKERS);
        all.addAll(DRAFT_MARKERS);
        List<LeakScan.Finding> leaks = LeakScan.scan(pub.output(), all);
        assertEquals(List.of(), leaks, "internal or draft material in the public site");
        assertEquals(List.of(), LeakScan.scan(withDrafts.output(), MARKERS), "internal material in the public site with drafts");
    }

    /**
     * The Word documents are read inside (their zip entries, their XML text): the internal ones hold
     * the internal case, its own passages and its picture's bytes, which proves the public ones' silence
     * means something; a draft, built with drafts, has its own document and is in no collection.
     */
    @Test
    void wordDocumentsAreScannedInsideAndHoldOnlyWhatTheirAudienceMaySee() {
        List<LeakScan.Finding> internalWord = LeakScan.scan(internal.output(), MARKERS).stream()
                .filter(f -> f.file().contains(".docx!")).toList();
        for (String[] expected : List.of(
                new String[] {"cases/qxslug-secret/qxslug-secret.docx!word/document.xml", "QXTITLE"},
                new String[] {"cases/qxslug-secret/qxslug-secret.docx!word/document.xml", "泄密正文癸"},
                new String[] {"cases/public-open/public-open.docx!word/document.xml", "QXBLOCKBODY"},
                new String[] {"cases/public-two/public-two.docx!word/document.xml", "泄密引用丁"},
                new String[] {"print/all/all.docx!word/document.xml", "QXSUMMARY"},
                new String[] {"print/theme/qxterm-secret/qxterm-secret.docx!word/document.xml", "劳资调处专班"})) {
            assertTrue(internalWord.stream().anyMatch(f -> f.file().equals(expected[0]) && f.marker().equals(expected[1])),
                    expected[1] + " not seen in " + expected[0] + "; seen: " + internalWord);
        }
        assertTrue(internalWord.stream().anyMatch(f -> f.file().startsWith("cases/public-open/public-open.docx!word/media/")
                && f.marker().equals("QXIMGBYTES")), "an internal passage's picture embedded in the internal document");

        List<LeakScan.Finding> draft = LeakScan.scan(withDrafts.output(), DRAFT_MARKERS);
        assertTrue(draft.stream().anyMatch(f -> f.file().equals("cases/qdraft-plan/qdraft-plan.docx!word/document.xml")
                && f.marker().equals("草稿正文寅")), "a draft previewed with drafts has its own Word document");
        List<LeakScan.Finding> inCollections = draft.stream().filter(f -> f.file().startsWith("print/")).toList();
        assertEquals(List.of(), inCollections, "a draft in a printable or Word collection");
    }

    /** Extra front matter fields reach templates, but the default theme does not show them. */
    static final List<String> NOT_SHOWN_BY_THE_DEFAULT_THEME = List.of("QXEXTRA", "泄密联系人壬");

    @Test
    void theInternalSiteHoldsEveryMarker() {
        List<LeakScan.Finding> found = LeakScan.scan(internal.output(), MARKERS);
        List<String> missing = new ArrayList<>(MARKERS);
        missing.removeAll(NOT_SHOWN_BY_THE_DEFAULT_THEME);
        found.forEach(f -> missing.remove(f.marker()));
        assertEquals(List.of(), missing, "markers the internal site should show");
    }

    @Test
    void filesOnlyInternalContentLinksToAreNotCopiedUnderAnyName() throws IOException {
        Map<String, String> publicHashes = SiteTree.hashes(pub.output());
        Map<String, String> internalHashes = SiteTree.hashes(internal.output());
        for (String f : INTERNAL_FILES) {
            String hash = sha256(kb.resolve(f));
            assertFalse(publicHashes.containsValue(hash), f + " was copied into the public site");
            assertTrue(internalHashes.containsValue(hash), f + " is missing from the internal site");
        }
        String shared = sha256(kb.resolve("cases/yangpu/shared.png"));
        assertTrue(publicHashes.containsValue(shared), "an image a public passage shows is copied");
    }

    @Test
    void onlyPublicCasesHavePages() {
        assertEquals(List.of("cases/index.html", "cases/public-open/index.html", "cases/public-open/public-open.docx",
                "cases/public-two/index.html", "cases/public-two/public-two.docx"), casePages(pub.output()));
        assertEquals(List.of("cases/index.html", "cases/public-open/index.html", "cases/public-open/public-open.docx",
                "cases/public-two/index.html", "cases/public-two/public-two.docx", "cases/qxslug-implicit/index.html",
                "cases/qxslug-implicit/qxslug-implicit.docx", "cases/qxslug-secret/index.html",
                "cases/qxslug-secret/qxslug-secret.docx"), casePages(internal.output()));
        assertEquals(List.of("print/all/all.docx", "print/method/experience/experience.docx",
                "print/method/onsite-meeting/onsite-meeting.docx", "print/park/jiangdong/jiangdong.docx",
                "print/park/sanya-cbd/sanya-cbd.docx", "print/park/yangpu/yangpu.docx", "print/theme/member-education/member-education.docx",
                "print/theme/organization/organization.docx"), SiteTree.files(pub.output()).stream()
                .filter(f -> f.startsWith("print/") && f.endsWith(".docx")).toList());
        assertEquals(2, pub.stats().cases());
        assertEquals(4, internal.stats().cases());
    }

    @Test
    void countsOnTermPagesAndIndexesAreOfPublicCasesOnly() throws IOException {
        Map<String, Integer> publicCounts = new TreeMap<>(Map.of("park/yangpu", 2, "park/jiangdong", 1,
                "park/sanya-cbd", 0, "theme/organization", 1, "theme/member-education", 1,
                "method/experience", 1, "method/onsite-meeting", 1));
        Map<String, Integer> internalCounts = new TreeMap<>(Map.of("park/yangpu", 3, "park/jiangdong", 3,
                "park/sanya-cbd", 0, "theme/organization", 2, "theme/member-education", 2,
                "theme/qxterm-secret", 1, "method/experience", 2, "method/onsite-meeting", 2));
        assertEquals(publicCounts, termCounts(pub.output()));
        assertEquals(internalCounts, termCounts(internal.output()));
        assertEquals("共收录 2 个案例，涉及 3 个园区、2 个主题、2 种交流方式", text(pub.output(), "index.html", "p.counts"));
        assertEquals("共收录 4 个案例，涉及 3 个园区、3 个主题、2 种交流方式",
                text(internal.output(), "index.html", "p.counts"));
        assertEquals("2 个案例", text(pub.output(), "cases/index.html", "p.counts"));
    }

    @Test
    void dataApiAndCoverageMatrixCountPublicCasesOnly() throws IOException {
        assertEquals(List.of("public-open", "public-two"), dataSlugs(pub.output()));
        assertEquals(4, dataSlugs(internal.output()).size());
        for (BuildResult r : List.of(pub, internal)) {
            assertEquals(matrixFromData(r.output()), matrix(r.output()), r.output() + ": matrix agrees with cases.json");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dataCases(Path site) throws IOException {
        Map<String, Object> data = new org.openqa.selenium.json.Json()
                .toType(Files.readString(site.resolve("cases.json"), StandardCharsets.UTF_8), Map.class);
        return (List<Map<String, Object>>) data.get("cases");
    }

    private static List<String> dataSlugs(Path site) throws IOException {
        return dataCases(site).stream().map(c -> (String) c.get("slug")).sorted().toList();
    }

    /** park/theme → count, as the published matrix states it (gaps left out). */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> matrix(Path site) throws IOException {
        Map<String, Object> m = new org.openqa.selenium.json.Json()
                .toType(Files.readString(site.resolve("matrix/park-theme.json"), StandardCharsets.UTF_8), Map.class);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) m.get("row_terms");
        List<Map<String, Object>> cols = (List<Map<String, Object>>) m.get("column_terms");
        List<List<Number>> counts = (List<List<Number>>) m.get("counts");
        Map<String, Long> out = new TreeMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.size(); c++) {
                long n = counts.get(r).get(c).longValue();
                if (n > 0) {
                    out.put(rows.get(r).get("slug") + "/" + cols.get(c).get("slug"), n);
                }
            }
        }
        return out;
    }

    /** The same, counted independently from every case's terms in cases.json. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> matrixFromData(Path site) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        for (Map<String, Object> c : dataCases(site)) {
            for (Map<String, Object> park : (List<Map<String, Object>>) c.get("park")) {
                for (Map<String, Object> theme : (List<Map<String, Object>>) c.get("theme")) {
                    out.merge(park.get("slug") + "/" + theme.get("slug"), 1L, Long::sum);
                }
            }
        }
        return out;
    }

    @Test
    void thePublicSiteHasNoInternalMarkAndTheInternalSiteMarksInternalMaterial() throws IOException {
        for (String f : SiteTree.files(pub.output())) {
            if (f.endsWith(".html")) {
                Document doc = parse(pub.output(), f);
                assertTrue(doc.select(".badge-internal, .internal-notice, .internal-block").isEmpty(), f);
            }
        }
        Document secret = parse(internal.output(), "cases/qxslug-secret/index.html");
        assertEquals("内部资料", secret.select("h1 .badge-internal").text());
        assertFalse(secret.select(".internal-notice").isEmpty());
        Document open = parse(internal.output(), "cases/public-open/index.html");
        assertTrue(open.select("h1 .badge-internal").isEmpty(), "a public case is not marked internal");
        assertEquals(1, open.select(".case-body > .internal-block").size());
        assertTrue(open.select(".internal-block").text().startsWith("内部资料（对外版不显示） 内部情况说明QXBLOCKHEAD"));
        assertEquals(2, parse(internal.output(), "cases/public-two/index.html").select(".internal-block").size());
        Document list = parse(internal.output(), "cases/index.html");
        assertEquals(2, list.select(".case-card .badge-internal").size());
    }

    @Test
    void aPublicLinkToAnInternalCaseBecomesPlainTextWithAWarning() throws IOException {
        List<Diagnostic> warnings = pub.diagnostics();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("link.internal-case", warnings.get(0).code());
        assertEquals("cases/yangpu/public-open.md:33:6", warnings.get(0).pos().toString());
        Document open = parse(pub.output(), "cases/public-open/index.html");
        assertTrue(open.select(".case-body").text().contains("相关情况见另一个案例"));
        assertTrue(open.select(".case-body a").stream().noneMatch(a -> a.text().equals("另一个案例")));
        assertEquals(List.of(), internal.diagnostics(), "the internal build links it normally");
    }

    @Test
    void theCommandLineBuildsTheSamePublicSiteAndSaysWhichAudience() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path site = tmp.resolve("cli-public");
        int code = Main.execute(new String[] {"build", kb.toString(), "--audience", "public", "-o", site.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().strip().endsWith("（对外版：已排除内部案例和内部段落）"), out.toString());
        assertEquals(SiteTree.hashes(pub.output()), SiteTree.hashes(site));
    }

    private static List<String> casePages(Path site) {
        return SiteTree.files(site).stream().filter(f -> f.startsWith("cases/") && !f.startsWith("cases/page/")).toList();
    }

    /** For every term page: the count it states, checked against the cards it lists and the indexes. */
    private static Map<String, Integer> termCounts(Path site) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String f : SiteTree.files(site)) {
            String[] parts = f.split("/");
            if (parts.length == 3 && parts[2].equals("index.html") && List.of("park", "theme", "method").contains(parts[0])) {
                Document page = parse(site, f);
                int stated = Integer.parseInt(page.select("p.counts").text().replaceAll("\\D", ""));
                assertEquals(stated, page.select("li.case-card").size(), f + ": stated count and listed cases");
                Document index = parse(site, parts[0] + "/index.html");
                String termPath = parts[0] + "/" + parts[1] + "/index.html";
                String onIndex = index.select("a[href$=\"" + termPath + "\"] + .count").text();
                assertEquals(stated + " 个案例", onIndex, f + " on its taxonomy index");
                String onHome = parse(site, "index.html")
                        .select("a[href=\"" + termPath + "\"] + .count").text();
                assertEquals(String.valueOf(stated), onHome, f + " on the home page");
                counts.put(parts[0] + "/" + parts[1], stated);
            }
        }
        return counts;
    }

    private static String text(Path site, String page, String selector) throws IOException {
        return parse(site, page).select(selector).text();
    }

    private static Document parse(Path site, String page) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
