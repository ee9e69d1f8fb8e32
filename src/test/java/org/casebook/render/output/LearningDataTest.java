package org.casebook.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casebook.testing.FrontMatterOracle;
import org.casebook.testing.Golden;
import org.casebook.testing.LearningFixture;
import org.casebook.testing.TestKb;
import org.casebook.Casebook;
import org.casebook.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Generated data files of the fixture knowledge base: golden files, and structural checks of feeds and JSON. */
class LearningDataTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern RFC3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Set<String> PUBLISHED = Set.of("yangpu-chain", "yangpu-points", "yangpu-school",
            "jiangdong-alliance", "jiangdong-cloud", "joint-night-school", "sanya-undated");

    @TempDir
    Path dir;

    private Path build(String... config) {
        LearningFixture.copy(dir, config);
        LearningFixture.build(dir);
        return dir.resolve("site");
    }

    @Test
    void dataFilesMatchTheirGoldenFilesWithoutBaseUrl() {
        Path site = build();
        for (String f : List.of("matrix/park-theme.csv", "matrix/park-theme.json", "matrix/park-method.csv",
                "matrix/park-method.json", "cases.json", "feeds/atom.xml", "feeds/park/yangpu.xml",
                "feeds/theme/smart.xml", "feeds/feed.json")) {
            Golden.assertMatches("relative/" + f, site.resolve(f));
        }
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "no sitemap without base_url");
        assertFalse(Files.exists(site.resolve("robots.txt")), "no robots.txt without base_url");
    }

    @Test
    void dataFilesMatchTheirGoldenFilesWithBaseUrl() {
        Path site = build("base_url: " + LearningFixture.BASE_URL);
        for (String f : List.of("cases.json", "feeds/atom.xml", "feeds/park/yangpu.xml", "feeds/feed.json",
                "sitemap.xml", "robots.txt")) {
            Golden.assertMatches("base-url/" + f, site.resolve(f));
        }
    }

    @Test
    void theSubscribeLinksLeadToAPageNamingEveryFeedByItsAddress() throws Exception {
        Path site = build("base_url: " + LearningFixture.BASE_URL);
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals("feeds/index.html", home.select("footer a:contains(订阅更新)").attr("href"),
                "a reader who clicks it gets a page, not a file of XML");
        org.jsoup.nodes.Document term = org.jsoup.Jsoup.parse(site.resolve("park/yangpu/index.html").toFile(), "UTF-8");
        assertEquals("../../feeds/index.html#park-yangpu", term.select(".term-feed a:contains(订阅更新)").attr("href"));

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("feeds/index.html").toFile(), "UTF-8");
        Set<String> listed = new HashSet<>();
        for (org.jsoup.nodes.Element a : page.select(".feeds-list a")) {
            String rel = a.attr("href");
            assertTrue(Files.isRegularFile(site.resolve("feeds").resolve(rel).normalize()), rel);
            listed.add(site.resolve("feeds").resolve(rel).normalize().toString());
            assertEquals(LearningFixture.BASE_URL + site.relativize(site.resolve("feeds").resolve(rel).normalize())
                    .toString().replace('\\', '/'), a.nextElementSibling().text(), "the address to copy");
        }
        Set<String> written = new HashSet<>();
        try (var files = Files.walk(site.resolve("feeds"))) {
            files.filter(f -> f.toString().endsWith(".xml")).forEach(f -> written.add(f.normalize().toString()));
        }
        assertEquals(written, listed, "every Atom feed the site writes, and no other");
        assertTrue(page.selectFirst("#park-yangpu") != null, "a term's own link lands on its entry");
    }

    @Test
    void everyAtomFeedIsValidAndListsOnlyThePublishedCasesOfItsTerm() throws Exception {
        Path site = build("base_url: " + LearningFixture.BASE_URL);
        FrontMatterOracle oracle = new FrontMatterOracle(dir);
        List<Path> feeds = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site.resolve("feeds"))) {
            s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(feeds::add);
        }
        assertEquals(1 + 4 + 4 + 3, feeds.size(), "the site feed and one per term");
        for (Path feed : feeds) {
            String rel = site.relativize(feed).toString().replace('\\', '/');
            Set<String> slugs = atomEntrySlugs(feed);
            Set<String> expected = new HashSet<>();
            for (FrontMatterOracle.Entry e : oracle.entries()) {
                if (rel.equals("feeds/atom.xml")) {
                    expected.add(e.slug());
                } else {
                    String[] kindSlug = rel.substring("feeds/".length(), rel.length() - 4).split("/");
                    if (e.terms().get(kindSlug[0]).contains(kindSlug[1])) {
                        expected.add(e.slug());
                    }
                }
            }
            assertEquals(expected, slugs, rel);
            assertTrue(PUBLISHED.containsAll(slugs), rel + " lists a draft");
        }
    }

    /** Checks RFC 4287's required elements and returns the case slugs of the entries. */
    private static Set<String> atomEntrySlugs(Path feed) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(feed.toFile());
        Element root = doc.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        requireOne(root, "id");
        requireOne(root, "title");
        assertTrue(RFC3339.matcher(requireOne(root, "updated")).matches(), feed + " updated");
        assertTrue(children(root, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("self")), feed + " self link");
        boolean feedAuthor = !children(root, "author").isEmpty();
        Set<String> ids = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (Element entry : children(root, "entry")) {
            assertTrue(ids.add(requireOne(entry, "id")), "entry ids are unique");
            requireOne(entry, "title");
            assertTrue(RFC3339.matcher(requireOne(entry, "updated")).matches());
            assertTrue(feedAuthor || !children(entry, "author").isEmpty(), "every entry has an author");
            List<Element> alternates = children(entry, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate")).toList();
            assertEquals(1, alternates.size());
            String href = alternates.get(0).getAttribute("href");
            assertTrue(href.startsWith(LearningFixture.BASE_URL + "cases/") && href.endsWith("/index.html"), href);
            slugs.add(href.substring((LearningFixture.BASE_URL + "cases/").length(), href.length() - "/index.html".length()));
        }
        return slugs;
    }

    private static String requireOne(Element parent, String name) {
        List<Element> els = children(parent, name);
        assertEquals(1, els.size(), "exactly one atom:" + name + " in " + parent.getLocalName());
        assertFalse(els.get(0).getTextContent().isBlank(), name + " is empty");
        return els.get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonFeedAndCasesJsonParseAndListOnlyPublishedCases() throws IOException {
        Path site = build();
        Map<String, Object> feed = new Json().toType(Files.readString(site.resolve("feeds/feed.json")), Map.class);
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) feed.get("items");
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> item : items) {
            assertTrue(ids.add((String) item.get("id")));
            assertTrue(item.containsKey("content_text") || item.containsKey("content_html"), "JSON Feed items need content");
        }
        assertEquals(PUBLISHED.size(), items.size());

        String json = Files.readString(site.resolve("cases.json"), StandardCharsets.UTF_8);
        Map<String, Object> data = new Json().toType(json, Map.class);
        List<Map<String, Object>> cases = (List<Map<String, Object>>) data.get("cases");
        assertEquals(PUBLISHED, new HashSet<>(cases.stream().map(c -> (String) c.get("slug")).toList()));
        for (Map<String, Object> c : cases) {
            for (String key : List.of("slug", "title", "url", "park", "theme", "method", "date", "unit", "summary")) {
                assertTrue(c.containsKey(key), c.get("slug") + " has " + key);
            }
            assertTrue(Files.isRegularFile(site.resolve((String) c.get("url"))), "url leads to the case page");
        }
        String script = Files.readString(site.resolve("cases.js"), StandardCharsets.UTF_8);
        String prefix = "window.casebookData = ";
        String body = script.substring(script.indexOf(prefix) + prefix.length(), script.lastIndexOf(';'));
        assertEquals(data, new Json().toType(body, Map.class), "cases.js carries the same data as cases.json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void scriptDataCannotBreakOutOfItsScript() throws IOException {
        // \L is YAML's escape for U+2028 (a raw U+2028 in front matter is named and read as a space)
        TestKb kb = TestKb.create(dir).addCase("tricky.md", "title: \"</script><script>alert(1)</script>\\L&\"\npark: 洋浦\n"
                + "theme: 组织建设\nmethod: 经验介绍\nsummary: a < b > c", "## 正文\n\n内容。\n");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String script = kb.read("cases.js");
        assertFalse(script.contains("</script"));
        assertFalse(script.contains("<"));
        assertFalse(script.contains("\u2028"));
        String body = script.substring(script.indexOf("= ") + 2, script.lastIndexOf(';'));
        Map<String, Object> data = new Json().toType(body, Map.class);
        Map<String, Object> c = ((List<Map<String, Object>>) data.get("cases")).get(0);
        assertEquals("</script><script>alert(1)</script>\u2028&", c.get("title"), "escaping keeps the text itself");
    }

    @Test
    void sameSourcesGiveByteIdenticalData() throws IOException {
        Path site = build("base_url: " + LearningFixture.BASE_URL);
        Map<String, byte[]> first = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                first.put(site.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        LearningFixture.build(dir);
        try (Stream<Path> s = Files.walk(site)) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            assertEquals(first.size(), files.size());
            for (Path p : files) {
                assertTrue(java.util.Arrays.equals(first.get(site.relativize(p).toString()), Files.readAllBytes(p)), p.toString());
            }
        }
    }
}
