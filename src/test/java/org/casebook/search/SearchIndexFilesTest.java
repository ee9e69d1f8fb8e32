package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void anEditLeavesEveryOtherCasesFragmentAsItWasAndAnOlderCaseRenumbersThemAll() throws IOException {
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
        // numbered oldest first: a case older than the others moves every number
        kb.addCase("zero", "更早的案例", "洋浦", "组织建设", "现场会", "2023-12-31");
        build(kb);
        List<String> added = fragments(site);
        assertEquals(3, added.size());
        assertEquals(0, added.stream().filter(edited::contains).count(),
                "another numbering: every fragment says so, so none is mixed with an entry of the other");
    }

    @Test
    void anEditOrANewestCaseRewritesOnlyTheShardsOfTheTermsItChanged() throws IOException {
        Path dir = tmp.resolve("synthetic");
        // 61 cases: the shard count, capped at two a case here, stays on its grid with a 62nd
        org.casebook.testing.SyntheticKb.write(dir, 61, 3);
        Path site = tmp.resolve("synthetic-site");
        assertTrue(Casebook.at(dir).output(site).build().ok());
        java.util.Map<String, String> before = shards(site);
        String scoring = scoringOf(site);
        // a title is a field of its own: the body lengths, their average and the shard count stay
        Path edited = dir.resolve("cases/" + org.casebook.testing.SyntheticKb.slug(17) + ".md");
        Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^title: (.*)$", "title: $1修订稿"));
        assertTrue(Casebook.at(dir).output(site).build().ok());
        java.util.Map<String, String> after = shards(site);
        assertEquals(before.keySet(), after.keySet());
        assertEquals(scoring, scoringOf(site));
        // the terms whose postings differ are the words the edit added (修订稿, its n-grams and
        // characters, their pinyin keys), in whichever shards hold them; every other shard is as it was
        java.util.Set<String> changedTerms = new java.util.TreeSet<>();
        for (String shard : before.keySet()) {
            Map<String, Object> was = terms(before.get(shard));
            Map<String, Object> is = terms(after.get(shard));
            java.util.Set<String> keys = new java.util.TreeSet<>(was.keySet());
            keys.addAll(is.keySet());
            keys.stream().filter(k -> !java.util.Objects.equals(was.get(k), is.get(k))).forEach(changedTerms::add);
            if (was.equals(is)) {
                assertEquals(before.get(shard), after.get(shard), shard);
            }
        }
        assertTrue(changedTerms.contains("修订稿"), changedTerms.toString());
        assertTrue(changedTerms.stream().allMatch(t -> t.matches("[修订稿]+|[a-z'-]+")), changedTerms.toString());

        // a body edit changes the case's length: its own postings change, no other case's, since the
        // average length BM25 divides by stays on its grid
        String old = Files.readString(edited);
        Files.writeString(edited, old + "\n补充说明：园区今年又新建了三个党群服务站。\n");
        assertTrue(Casebook.at(dir).output(site).build().ok());
        java.util.Map<String, String> bodyEdit = shards(site);
        assertEquals(scoring, scoringOf(site));
        int doc17 = docs((String) ((List<?>) terms(after.get(shardFile(after, "修订稿"))).get("修订稿")).get(1)).get(0);
        for (String shard : after.keySet()) {
            Map<String, Object> was = terms(after.get(shard));
            Map<String, Object> is = terms(bodyEdit.get(shard));
            java.util.Set<String> keys = new java.util.TreeSet<>(was.keySet());
            keys.addAll(is.keySet());
            for (String t : keys) {
                if (!java.util.Objects.equals(was.get(t), is.get(t)) && !t.matches("[a-z'-]+")) {
                    java.util.Set<Integer> holders = new java.util.TreeSet<>();
                    for (Object p : new Object[] {was.get(t), is.get(t)}) {
                        if (p != null) {
                            holders.addAll(docs((String) ((List<?>) p).get(1)));
                        }
                    }
                    assertTrue(holders.contains(doc17), t + " changed, a term case 17 does not hold: " + was.get(t) + " -> " + is.get(t));
                }
            }
        }

        // a case dated after all others takes the next number: the terms whose postings change are its
        // own, their pinyin keys, and the dense sets it is missing from (written as the cases without it)
        Files.writeString(dir.resolve("cases/added.md"), newest(org.casebook.testing.SyntheticKb.caseText(61, 3)));
        assertTrue(Casebook.at(dir).output(site).build().ok());
        java.util.Map<String, String> added = shards(site);
        assertEquals(scoring, scoringOf(site), "the scores hold no case count: the same scoring");
        int n = 62;
        for (String shard : bodyEdit.keySet()) {
            Map<String, Object> was = terms(bodyEdit.get(shard));
            Map<String, Object> is = terms(added.get(shard));
            if (was.equals(is)) {
                assertEquals(bodyEdit.get(shard), added.get(shard), shard);
                continue;
            }
            java.util.Set<String> keys = new java.util.TreeSet<>(was.keySet());
            keys.addAll(is.keySet());
            for (String t : keys) {
                if (java.util.Objects.equals(was.get(t), is.get(t)) || t.matches("[a-z'-]+")) {
                    continue;
                }
                boolean dense = was.get(t) != null && ((String) ((List<?>) was.get(t)).get(1)).startsWith("c");
                List<Integer> holders = docs((String) ((List<?>) is.get(t)).get(1), n);
                assertTrue(dense || holders.contains(n - 1), t + " changed, a term the new case does not hold: "
                        + was.get(t) + " -> " + is.get(t));
            }
        }
    }

    @Test
    void aNewestCaseLeavesEveryFragmentAndAnOlderOneRenumbersThem() throws IOException {
        Path dir = tmp.resolve("chunks");
        org.casebook.testing.SyntheticKb.write(dir, IndexFormat.ORDER_CHUNK + 4, 5);
        Path site = tmp.resolve("chunks-site");
        assertTrue(Casebook.at(dir).output(site).build().ok());
        List<String> before = fragments(site);
        List<String> orderBefore = orderOf(site);
        String tailBefore = tailOf(site);
        String scoring = scoringOf(site);
        assertEquals(1, orderBefore.size(), "one complete chunk: " + orderBefore);
        assertEquals(4 * IndexFormat.TAIL_CODE_CHARS, tailBefore.length(), "a code per case of the last chunk");

        Files.writeString(dir.resolve("cases/added.md"), newest(org.casebook.testing.SyntheticKb.caseText(999, 5)));
        assertTrue(Casebook.at(dir).output(site).build().ok());
        List<String> after = fragments(site);
        assertEquals(orderBefore, orderOf(site), "the complete chunk holds the same cases");
        assertEquals(tailBefore, tailOf(site).substring(0, tailBefore.length()), "the earlier cases of the last chunk keep their codes");
        assertEquals(scoring, scoringOf(site), "the complete chunks are numbered as before");
        // every earlier case's fragment, in the last chunk too, is the same file unless the passages its
        // snippet is cut from moved with the new case's words (they are chosen by how rare their words are)
        int same = 0;
        for (int i = 0; i < IndexFormat.ORDER_CHUNK + 4; i++) {
            String was = fragmentFile(before, i);
            String is = fragmentFile(after, i);
            if (was.equals(is)) {
                same++;
            } else {
                assertEquals(withoutPassages(was), withoutPassages(is), "fragment " + i);
            }
        }
        assertTrue(same > IndexFormat.ORDER_CHUNK / 2, same + " of the earlier cases' fragments unchanged");
        assertTrue(fragmentFile(before, IndexFormat.ORDER_CHUNK).contains("\"tail\":\"" + tailBefore.substring(0, IndexFormat.TAIL_CODE_CHARS) + "\""),
                "a fragment of the last chunk names its tail code");

        Files.writeString(dir.resolve("cases/oldest.md"), org.casebook.testing.SyntheticKb.caseText(5, 5)
                .replaceFirst("(?m)^date: .*$", "date: 2018-01-01"));
        BuildResult older = Casebook.at(dir).output(site).build();
        assertTrue(older.ok(), older.diagnostics().toString());
        List<String> renumbered = fragments(site);
        assertFalse(orderBefore.get(0).equals(orderOf(site).get(0)));
        assertFalse(scoring.equals(scoringOf(site)), "another numbering: another scoring id, in every shard");
        assertEquals(0, renumbered.stream().filter(after::contains).count(),
                "another numbering: every fragment says so, so none is mixed with an entry of the other");
    }

    /**
     * A cached shard of another build is taken by the client (search.js {@code Engine.shard}) only when
     * it is right for this one, but for cases added since: removing the newest case, or one of the
     * last chunk, renumbers the cases after it without completing or changing a chunk, and every shard
     * that names one of them, or holds a set written by its missing cases, must say so.
     */
    @Test
    void aCachedShardIsTakenOnlyWhileTheCasesItNamesAreNumberedAsWhenItWasWritten() throws IOException {
        Path dir = tmp.resolve("tail");
        int n = IndexFormat.ORDER_CHUNK + 6;
        org.casebook.testing.SyntheticKb.write(dir, n, 5);
        Path site = tmp.resolve("tail-site");
        assertTrue(Casebook.at(dir).output(site).build().ok());
        Map<String, String> without = shards(site);
        String withoutEntry = Files.readString(site.resolve(IndexFormat.ENTRY));

        Path added = dir.resolve("cases/added.md");
        Files.writeString(added, newest(org.casebook.testing.SyntheticKb.caseText(n + 1, 5)));
        BuildResult plus = Casebook.at(dir).output(site).build();
        assertTrue(plus.ok(), plus.diagnostics().toString());
        Map<String, String> with = shards(site);
        String withEntry = Files.readString(site.resolve(IndexFormat.ENTRY));

        // the earlier build's shards with the later entry: taken ones differ only by the added case
        int taken = 0;
        int refused = 0;
        for (String f : without.keySet()) {
            if (!accepts(withEntry, without.get(f))) {
                refused++;
                assertTrue(without.get(f).contains(",1],"), f + " refused, though it names only cases numbered as before");
                continue;
            }
            taken++;
            Map<String, Object> was = terms(without.get(f));
            Map<String, Object> is = terms(with.get(f));
            for (String t : is.keySet()) {
                if (!t.matches("[a-z'-]+") && !java.util.Objects.equals(was.get(t), is.get(t))) {
                    assertTrue(docs((String) ((List<?>) is.get(t)).get(1), n + 1).contains(n), f + ": " + t + " differs, not by the new case");
                }
            }
        }
        assertTrue(taken > 0, "no shard of the earlier build is taken after a case was added");

        // the newest case removed again (published too early): a shard naming it is refused, every
        // shard taken is this build's but for pinyin keys' counts
        Files.delete(added);
        assertTrue(Casebook.at(dir).output(site).build().ok());
        Map<String, String> removed = shards(site);
        assertEquals(withoutEntry, Files.readString(site.resolve(IndexFormat.ENTRY)));
        assertEquals(without, removed, "the same cases: the same shards");
        taken = 0;
        refused = 0;
        for (String f : with.keySet()) {
            if (!accepts(withoutEntry, with.get(f))) {
                refused++;
                continue;
            }
            taken++;
            assertEquals(docTerms(removed.get(f)), docTerms(with.get(f)), f + " taken but not right for this build");
        }
        assertTrue(taken > 0 && refused > 0, taken + " taken, " + refused + " refused");

        // a case of the last chunk, but not its last, removed (one no other case links to): every shard
        // naming a case after it is refused
        String unlinked = null;
        for (int d = n - 2; d >= n - 6 && unlinked == null; d--) {
            java.util.regex.Matcher slug = java.util.regex.Pattern.compile("\"slug\":\"([^\"]+)\"")
                    .matcher(Files.readString(site.resolve(IndexFormat.fragment(d))));
            assertTrue(slug.find());
            unlinked = org.casebook.testing.SyntheticKb.isLinked(dir, slug.group(1)) ? null : slug.group(1);
        }
        assertNotNull(unlinked, "a case of the last chunk that no other case links to");
        Files.delete(dir.resolve("cases/" + unlinked + ".md"));
        BuildResult less = Casebook.at(dir).output(site).build();
        assertTrue(less.ok(), less.diagnostics().toString());
        Map<String, String> shorter = shards(site);
        String shorterEntry = Files.readString(site.resolve(IndexFormat.ENTRY));
        taken = 0;
        refused = 0;
        for (String f : without.keySet()) {
            if (accepts(shorterEntry, without.get(f))) {
                taken++;
                assertEquals(docTerms(shorter.get(f)), docTerms(without.get(f)), f + " taken but not right for this build");
            } else {
                refused++;
            }
        }
        assertTrue(taken > 0 && refused > 0, taken + " taken, " + refused + " refused");
    }

    /** search.js's test of a shard against an entry ({@code Engine.shard}), for another build's shard. */
    private static boolean accepts(String entry, String shard) {
        java.util.regex.Matcher e = java.util.regex.Pattern.compile("\"scoring\":\"([0-9a-f]+)\".*\"tail\":\"([^\"]*)\",\"docs\":(\\d+)")
                .matcher(entry);
        assertTrue(e.find(), entry);
        java.util.regex.Matcher s = java.util.regex.Pattern.compile("\"scoring\":\"([0-9a-f]+)\"(?:,\"tail\":\\[(\\d+),\"([^\"]*)\"(,1)?\\])?")
                .matcher(shard);
        assertTrue(s.find(), shard);
        if (!s.group(1).equals(e.group(1))) {
            return false;
        }
        if (s.group(2) == null) {
            return true;
        }
        String tail = e.group(2);
        int n = Integer.parseInt(e.group(3));
        int tailStart = n - tail.length() / IndexFormat.TAIL_CODE_CHARS;
        int reach = Integer.parseInt(s.group(2));
        if (s.group(4) != null && reach != n - 1) {
            return false;
        }
        if (reach < tailStart) {
            return true;
        }
        int at = (reach - tailStart) * IndexFormat.TAIL_CODE_CHARS;
        return at + IndexFormat.TAIL_CODE_CHARS <= tail.length()
                && tail.substring(at, at + IndexFormat.TAIL_CODE_CHARS).equals(s.group(3));
    }

    /** A shard's terms that name cases (not pinyin or initials keys, whose counts move with any case). */
    private static Map<String, Object> docTerms(String shard) {
        Map<String, Object> out = new java.util.TreeMap<>(terms(shard));
        out.keySet().removeIf(t -> t.matches("[a-z'-]+"));
        return out;
    }

    private static String tailOf(Path site) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"tail\":\"([^\"]*)\"")
                .matcher(Files.readString(site.resolve(IndexFormat.ENTRY)));
        assertTrue(m.find());
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutPassages(String fragment) {
        String json = fragment.substring(fragment.indexOf('(') + 1, fragment.lastIndexOf(')'));
        Map<String, Object> payload = new java.util.HashMap<>(new org.openqa.selenium.json.Json().toType(json, Map.class));
        Map<String, Object> doc = new java.util.HashMap<>((Map<String, Object>) payload.get("doc"));
        doc.remove("text");
        payload.put("doc", doc);
        return payload;
    }

    /** A synthetic case dated after every other one. */
    private static String newest(String caseText) {
        return caseText.replaceFirst("(?m)^date: .*$", "date: 2027-01-01");
    }

    private static List<String> orderOf(Path site) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"order\":\\[([^\\]]*)\\]")
                .matcher(Files.readString(site.resolve(IndexFormat.ENTRY)));
        assertTrue(m.find());
        return List.of(m.group(1).replace("\"", "").split(","));
    }

    private static String fragmentFile(List<String> all, int id) {
        String prefix = IndexFormat.CALLBACK + "({\"type\":\"doc\",";
        return all.stream().filter(f -> f.startsWith(prefix) && f.contains("\",\"id\":" + id + ",")).findFirst().orElseThrow();
    }

    private static java.util.Map<String, String> shards(Path site) throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve("search/s"))) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    private static String shardFile(Map<String, String> shards, String term) {
        return shards.keySet().stream().filter(f -> terms(shards.get(f)).containsKey(term)).findFirst().orElseThrow();
    }

    /** A document set as search.js reads it: {@code d} gaps, {@code c} gaps of the missing, {@code b} bitmap. */
    private static List<Integer> docs(String set) {
        return docs(set, 100);
    }

    private static List<Integer> docs(String set, int docCount) {
        List<Integer> out = new java.util.ArrayList<>();
        String body = set.substring(1);
        if (set.charAt(0) == 'b') {
            for (int i = 0; i < body.length(); i++) {
                int bits = Base64Varint.ALPHABET.indexOf(body.charAt(i));
                for (int b = 0; b < 6; b++) {
                    if ((bits & (1 << b)) != 0) {
                        out.add(i * 6 + b);
                    }
                }
            }
            return out;
        }
        List<Integer> listed = new java.util.ArrayList<>();
        int prev = -1;
        int value = 0;
        int shift = 0;
        for (char ch : body.toCharArray()) {
            int v = Base64Varint.ALPHABET.indexOf(ch);
            value |= (v & 31) << shift;
            shift += 5;
            if ((v & 32) == 0) {
                prev += value + 1;
                listed.add(prev);
                value = 0;
                shift = 0;
            }
        }
        if (set.charAt(0) == 'd') {
            return listed;
        }
        // 'c': every document not listed
        for (int d = 0; d < docCount; d++) {
            if (!listed.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> terms(String shard) {
        String json = shard.substring(shard.indexOf('(') + 1, shard.lastIndexOf(')'));
        Map<String, Object> payload = new org.openqa.selenium.json.Json().toType(json, Map.class);
        return (Map<String, Object>) payload.get("terms");
    }

    private static String scoringOf(Path site) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"scoring\":\"([0-9a-f]+)\"")
                .matcher(Files.readString(site.resolve(IndexFormat.ENTRY)));
        assertTrue(m.find());
        return m.group(1);
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
        assertTrue(client.contains("var TAIL_CODE = " + IndexFormat.TAIL_CODE_CHARS + ";"),
                "search.js TAIL_CODE is not " + IndexFormat.TAIL_CODE_CHARS);
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
