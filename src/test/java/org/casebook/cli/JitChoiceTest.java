package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitChoiceTest {

    @TempDir
    Path tmp;

    @Test
    void onlyTheLaunchersOwnC1SettingIsReplaced() {
        assertTrue(JitChoice.launcherChoseC1(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")));
        assertFalse(JitChoice.launcherChoseC1(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4")),
                "CASEBOOK_JAVA_OPTS chose");
        assertFalse(JitChoice.launcherChoseC1(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=1")),
                "CASEBOOK_JAVA_OPTS asked for C1 itself");
        assertFalse(JitChoice.launcherChoseC1(List.of("-Xmx2g")), "a JVM started some other way");
    }

    @Test
    void theBuildStartedAgainKeepsEverythingButTheC1SettingAndTheArchiveWriting() {
        List<String> cmd = JitChoice.command("/jdk/bin/java", List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=/opt/casebook.jsa.1.tmp", "-XX:SharedArchiveFile=/opt/casebook.jsa", "-Xmx2g"),
                "/opt/casebook.jar", List.of("build", "大知识库", "--timings"));
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=/opt/casebook.jsa", "-Xmx2g",
                "-cp", "/opt/casebook.jar", "org.casebook.cli.Main", "build", "大知识库", "--timings"), cmd);
    }

    @Test
    void caseFilesAreTheOnesTheBuildReads() throws IOException {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("a", "甲", "洋浦", "组织建设", "现场会", "2024-01-01");
        kb.addCase("sub/b", "乙", "洋浦", "组织建设", "现场会", "2024-01-02");
        kb.file("cases/img/x.png", "not a case");
        kb.file("cases/.trash/old.md", "a hidden folder: not read");
        assertEquals(2, JitChoice.caseFiles(kb.dir()));
        assertEquals(0, JitChoice.caseFiles(tmp.resolve("nowhere")));
    }

    @Test
    void aLargeKnowledgeBaseIsBuiltWithFullTieredCompilationASmallOneWithC1() throws Exception {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("a", "甲", "洋浦", "组织建设", "现场会", "2024-01-01");
        // "large" from one case on: the build starts itself again without the C1-only setting
        Run large = build(kb.dir(), 1);
        assertEquals(0, large.code(), large.err());
        assertTrue(large.err().contains("figure\tjit\ttiered"), large.err());
        assertTrue(Files.isRegularFile(kb.dir().resolve("site/index.html")));
        Run small = build(kb.dir(), 1000);
        assertEquals(0, small.code(), small.err());
        assertTrue(small.err().contains("figure\tjit\tc1"), small.err());
    }

    private record Run(int code, String err) {
    }

    /** A build in a JVM started as the launchers start it, C1 only, with {@code large} as the threshold. */
    private static Run build(Path kb, int large) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dcasebook.jit.large=" + large, "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", kb.toString(), "--timings"));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), err);
    }
}
