package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cli.Main;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site the operating system refuses to write is told in the reader's words, with how to fix it,
 * never in the system's English: each failure here is a real one, met on the file system.
 */
class WriteFailuresTest {

    @TempDir
    Path temp;

    private Path kb() {
        return TestKb.create(temp.resolve("kb")).addCase("a", "案例一", "洋浦", "组织建设", "经验介绍", "2024-03-15").dir();
    }

    private static Diagnostic only(BuildResult r) {
        assertFalse(r.ok());
        assertEquals(List.of("io.write"), r.diagnostics().stream().map(Diagnostic::code).toList(), r.diagnostics().toString());
        return r.diagnostics().get(0);
    }

    /** No English from Java or the system: Latin letters only in paths and in the options to type. */
    private static void inChinese(Diagnostic d) {
        String text = (d.message() + " " + d.hint()).replace(d.pos().file(), "");
        for (String english : List.of("File name too long", "Not a directory", "Is a directory", "denied", "Exception")) {
            assertFalse(text.contains(english), text);
        }
    }

    @Test
    void aNameTooLongForTheFileSystemIsToldAsSuchWithWhereToWriteInstead() {
        Path out = temp.resolve("a".repeat(300));
        Diagnostic d = only(Casebook.at(kb()).output(out).build());
        assertTrue(d.message().contains("的名称太长"), d.message());
        assertTrue(d.message().contains("255"), d.message());
        assertTrue(d.hint().contains("--out") && d.hint().contains("路径短"), d.hint());
        inChinese(d);
    }

    @Test
    void aFileWhereTheOutputFolderMustGoIsNamed() throws IOException {
        Path file = Files.writeString(temp.resolve("网站"), "不是文件夹");
        Diagnostic d = only(Casebook.at(kb()).output(file.resolve("site")).build());
        assertEquals("无法写入 " + file.resolve("site") + "：" + file + " 是一个文件，但这里需要一个文件夹", d.message());
        assertTrue(d.hint().contains("移走或改名"), d.hint());
        inChinese(d);
    }

    @Test
    void aFolderWhereAFileMustBeWrittenIsNamed() throws IOException {
        Path out = temp.resolve("site");
        Files.createDirectories(OutputLock.fileFor(out)); // .site.lock, the build's lock file, as a folder
        Diagnostic d = only(Casebook.at(kb()).output(out).build());
        assertEquals("无法写入 " + out + "：" + OutputLock.fileFor(out) + " 是一个文件夹，但这里需要写入一个文件", d.message());
        inChinese(d);
    }

    @Test
    void theCommandLineSaysItInChineseAndExitsWithFour() {
        Path out = temp.resolve("b".repeat(300));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.execute(new String[] {"build", kb().toString(), "--out", out.toString()},
                new PrintWriter(stdout), new PrintWriter(stderr));
        assertEquals(4, code);
        assertTrue(stderr.toString().contains("的名称太长"), stderr.toString());
        assertFalse(stderr.toString().contains("File name too long"), stderr.toString());
        assertFalse((stdout + "" + stderr).contains("\tat "), "no stack trace");
    }
}
