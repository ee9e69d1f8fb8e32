package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexFilesTest {

    @TempDir
    Path tmp;

    private Path build(TestKb kb) {
        BuildResult r = Casebook.at(kb.dir()).output(kb.site()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        return kb.site();
    }

    @Test
    void everyIndexFileIsOneCallbackWithNothingThatCouldBreakOutOfAScript() throws IOException {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("nasty.md", """
                title: "</script><script>alert(1)</script> & \u2028 标题"
                park: 洋浦
                theme: 组织建设
                method: 现场会
                date: 2024-01-01
                summary: "<!-- 摘要 -->"
                """, "正文 <b>粗体</b> & </script>\n");
        Path site = build(kb);
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertTrue(all.size() >= 4, all.toString());
            for (Path f : all) {
                String s = Files.readString(f);
                assertTrue(s.startsWith(IndexFormat.CALLBACK + "({") && s.endsWith("});\n"), f.toString());
                String payload = s.substring(IndexFormat.CALLBACK.length());
                assertFalse(payload.contains("<") || payload.contains(">") || payload.contains("&")
                        || payload.contains("\u2028") || payload.contains("\u2029"), f + ": " + s);
            }
        }
        String fragment = Files.readString(site.resolve(IndexFormat.fragment(0)));
        assertTrue(fragment.contains("\\u003c/script\\u003e"), fragment);
    }

    @Test
    void anEditLeavesEveryOtherCasesFragmentAsItWasAndANewCaseRenumbersThemAll() throws IOException {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("one", "第一个案例", "洋浦", "组织建设", "现场会", "2024-01-01");
        kb.addCase("two", "第二个案例", "洋浦", "组织建设", "现场会", "2024-01-02");
        Path site = build(kb);
        List<String> before = fragments(site);
        kb.addCase("two", "第二个案例，改过标题", "洋浦", "组织建设", "现场会", "2024-01-02");
        build(kb);
        List<String> edited = fragments(site);
        assertEquals(2, edited.size());
        assertEquals(1, edited.stream().filter(before::contains).count(), "only the edited case's fragment differs: " + edited);
        kb.addCase("three", "第三个案例", "洋浦", "组织建设", "现场会", "2024-01-03");
        build(kb);
        List<String> added = fragments(site);
        assertEquals(3, added.size());
        assertEquals(0, added.stream().filter(edited::contains).count(),
                "another numbering: every fragment says so, so none is mixed with an entry of the other");
    }

    private static List<String> fragments(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("search/d"))) {
            return files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void theEntryListsTheTaxonomiesInTheDefinitionsOrderWithTheSiteLabels() throws IOException {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("one", "一个案例", "洋浦", "组织建设", "现场会", "2024-01-01");
        String entry = Files.readString(build(kb).resolve(IndexFormat.ENTRY));
        java.util.Properties labels = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("templates/i18n/ui_zh-CN.properties"))) {
            labels.load(in);
        }
        StringBuilder kinds = new StringBuilder();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            kinds.append(kinds.length() == 0 ? "[" : ",[").append('"').append(kind.key()).append("\",\"")
                    .append(labels.getProperty(kind.uiKey())).append("\"]");
        }
        assertTrue(entry.contains("\"kinds\":[" + kinds + "],\"facets\":{"), entry);
        // the facets come grouped by kind, in the same order
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([a-z]+)/[^\"]+\":").matcher(
                entry.substring(entry.indexOf("\"facets\":"), entry.indexOf("\"names\":")));
        List<String> order = new java.util.ArrayList<>();
        while (m.find()) {
            if (order.isEmpty() || !order.get(order.size() - 1).equals(m.group(1))) {
                order.add(m.group(1));
            }
        }
        assertEquals(TaxonomyKind.keys(), order);
    }

    @Test
    void theClientReadsTheFormatTheBuildWrites() throws IOException {
        String client = Files.readString(Path.of("templates/assets/search.js"));
        assertTrue(client.contains("var FORMAT = " + IndexFormat.VERSION + ";"), "search.js FORMAT is not " + IndexFormat.VERSION);
        // and names no taxonomy itself: its facet groups are the entry's kinds
        assertTrue(client.contains("entry.kinds.forEach"), "search.js no longer reads the entry's kinds");
    }

    @Test
    void draftsAreNeverIndexedEvenInADraftBuild() throws IOException {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("published", "公开案例", "洋浦", "组织建设", "现场会", "2024-01-01");
        kb.addCase("secret.md", """
                title: 草稿秘密
                park: 洋浦
                theme: 组织建设
                method: 现场会
                draft: true
                """, "秘密内容\n");
        BuildResult r = Casebook.at(kb.dir()).output(kb.site()).drafts(true).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String entry = Files.readString(kb.site().resolve(IndexFormat.ENTRY));
        assertTrue(entry.contains("\"docs\":1,"), entry);
        try (Stream<Path> files = Files.walk(kb.site().resolve("search"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String s = Files.readString(f);
                assertFalse(s.contains("秘密") || s.contains("secret"), f.toString());
            }
        }
    }

    @Test
    void theSameInputGivesByteIdenticalIndexFiles() throws IOException {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        for (int i = 0; i < 12; i++) {
            kb.addCase("case-" + i, "第" + i + "个积分制度案例", i % 2 == 0 ? "洋浦" : "江东新区", "组织建设", "现场会",
                    "2024-01-" + (10 + i));
        }
        Path first = build(kb);
        List<String> a = snapshot(first);
        Path second = build(kb);
        assertEquals(a, snapshot(second));
    }

    private static List<String> snapshot(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return site.relativize(f) + "=" + Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
