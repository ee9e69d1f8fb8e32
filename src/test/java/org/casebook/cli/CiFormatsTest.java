package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** {@code check --format gitlab} parses as a Code Quality report; {@code --format github} lines are workflow commands. */
class CiFormatsTest {

    /** GitLab's Code Quality severities. */
    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    /** {@code ::error|warning|notice file=…[,line=N[,col=N]][,title=…]::message}: properties escape ':' and ','. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "::(error|warning|notice) file=([^,:]+)(?:,line=(\\d+))?(?:,col=(\\d+))?(?:,title=([^,:]+))?::(.+)");

    @TempDir
    Path dir;
    TestKb kb;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        kb = TestKb.create(dir.resolve("kb"));
        kb.addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        kb.addCase("bad", "坏\"案例", "洋浦开发", "组织建设", "经验介绍", "2024-03-01");
        kb.addCase("later", "将来的案例", "洋浦", "组织建设", "经验介绍", "2999-01-01");
    }

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitlabIsACodeQualityReport() {
        assertEquals(1, run("check", "--format", "gitlab", kb.dir().toString()));
        assertEquals("", err.toString(), "nothing but the report is printed");
        Object parsed = new Json().toType(out.toString(), Object.class);
        List<Object> issues = assertInstanceOf(List.class, parsed, "a Code Quality report is a JSON array");
        assertEquals(2, issues.size(), out.toString());
        Set<String> fingerprints = new HashSet<>();
        for (Object o : issues) {
            Map<String, Object> issue = assertInstanceOf(Map.class, o);
            assertInstanceOf(String.class, issue.get("description"));
            assertInstanceOf(String.class, issue.get("check_name"));
            assertTrue(SEVERITIES.contains(issue.get("severity")), issue.toString());
            assertTrue(fingerprints.add((String) issue.get("fingerprint")), "fingerprints are unique");
            Map<String, Object> location = assertInstanceOf(Map.class, issue.get("location"));
            assertTrue(((String) location.get("path")).matches("([^/]+/)*cases/(bad|later)\\.md"), location.toString());
            Map<String, Object> lines = assertInstanceOf(Map.class, location.get("lines"));
            assertTrue(((Number) lines.get("begin")).intValue() >= 1, lines.toString());
        }
        Map<String, Object> unknown = (Map<String, Object>) issues.stream()
                .filter(i -> "term.unknown".equals(((Map<String, Object>) i).get("check_name"))).findFirst().orElseThrow();
        assertEquals("critical", unknown.get("severity"));
        assertEquals("未知园区 “洋浦开发” — 是否指 “洋浦经济开发区”？", unknown.get("description"));
        assertEquals(3L, ((Number) ((Map<String, Object>) ((Map<String, Object>) unknown.get("location")).get("lines"))
                .get("begin")).longValue());
    }

    /** The check job of docs/ci/.gitlab-ci.yml, run as written (its $CASEBOOK is this command line). */
    @Test
    @SuppressWarnings("unchecked")
    void theGitlabRecipesCheckJobWritesTheReportItPublishes() throws Exception {
        Map<String, Object> ci = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of("docs/ci/.gitlab-ci.yml")));
        Map<String, Object> check = (Map<String, Object>) ci.get("check");
        String report = (String) ((Map<String, Object>) ((Map<String, Object>) check.get("artifacts")).get("reports"))
                .get("codequality");
        String line = ((List<String>) check.get("script")).stream().filter(l -> l.contains("--format gitlab"))
                .findFirst().orElseThrow();
        Matcher m = Pattern.compile("\\$CASEBOOK (.+) \\. > (\\S+) \\|\\| true").matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(report, m.group(2), "the job publishes the file it writes");
        List<String> args = new java.util.ArrayList<>(List.of(m.group(1).split(" ")));
        args.add(kb.dir().toString());
        assertEquals(1, run(args.toArray(String[]::new)));
        List<Object> issues = new Json().toType(out.toString(), List.class);
        assertEquals(2, issues.size());
        Map<String, Object> pages = (Map<String, Object>) ci.get("pages");
        assertTrue(((List<String>) pages.get("script")).stream().anyMatch(l -> l.contains("build . --out public")));
        assertTrue(((List<Object>) pages.get("rules")).toString().contains("$CI_DEFAULT_BRANCH"), "publishes on main");
        Map<String, Object> gh = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of("docs/ci/github-actions.yml")));
        assertTrue(gh.toString().contains("check --format github ."), gh.toString());
        assertTrue(gh.toString().contains("refs/heads/main"), "publishes on main");
    }

    @Test
    void gitlabFingerprintsAreStableAndAnEmptyReportIsAnEmptyArray() {
        Diagnostic d = new Diagnostic(new SourcePos("cases/a.md", 4, 7), Severity.WARNING, "x.y", "消息", "");
        String once = GitlabCodeQuality.format(List.of(d), "kb/");
        assertEquals(once, GitlabCodeQuality.format(List.of(d), "kb/"));
        assertTrue(once.contains("\"path\":\"kb/cases/a.md\""), once);
        assertTrue(once.contains("\"severity\":\"minor\""), once);
        Diagnostic moved = new Diagnostic(new SourcePos("cases/a.md", 5, 7), Severity.WARNING, "x.y", "消息", "");
        assertNotEquals(once.replaceAll("(?s).*\"fingerprint\":\"(\\w+)\".*", "$1"),
                GitlabCodeQuality.format(List.of(moved), "kb/").replaceAll("(?s).*\"fingerprint\":\"(\\w+)\".*", "$1"));
        assertEquals(List.of(), new Json().toType(GitlabCodeQuality.format(List.of(), ""), List.class));
    }

    @Test
    void githubLinesAreWorkflowAnnotations() {
        assertEquals(1, run("check", "--format", "github", kb.dir().toString()));
        assertEquals("", err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        for (String line : lines) {
            assertTrue(ANNOTATION.matcher(line).matches(), line);
        }
        Matcher error = lines.stream().map(ANNOTATION::matcher).filter(m -> m.matches() && m.group(1).equals("error"))
                .findFirst().orElseThrow();
        assertTrue(error.group(2).endsWith("cases/bad.md"), error.group(2));
        assertEquals("3", error.group(3));
        assertEquals("7", error.group(4));
        assertEquals("term.unknown", error.group(5));
        assertEquals("未知园区 “洋浦开发” — 是否指 “洋浦经济开发区”？", error.group(6));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning ") && l.contains("cases/later.md")), lines.toString());
    }

    @Test
    void githubEscapesWhatTheRunnerWouldReadAsSyntax() {
        Diagnostic d = new Diagnostic(new SourcePos("cases/a,b:c.md", 2, 0), Severity.ERROR, "io.read",
                "100% 坏\n第二行", "");
        String line = GithubAnnotations.format(List.of(d), "").strip();
        assertEquals("::error file=cases/a%2Cb%3Ac.md,line=2,title=io.read::100%25 坏%0A第二行", line);
        assertTrue(ANNOTATION.matcher(line).matches(), line);
    }

    @Test
    void aKnowledgeBaseInASubFolderIsNamedFromTheRepositoryRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals("", CheckCommand.repositoryPrefix(cwd));
        assertEquals("kb/", CheckCommand.repositoryPrefix(cwd.resolve("kb")));
        assertEquals("docs/kb/", CheckCommand.repositoryPrefix(Path.of("docs", "kb")));
        assertEquals("", CheckCommand.repositoryPrefix(cwd.getRoot().resolve("elsewhere-than-the-repository")),
                "outside the working folder paths stay relative to the knowledge base");
    }
}
