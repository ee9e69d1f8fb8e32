package org.casebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.casebook.diag.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which cause a write failure is, for the failures a Linux test cannot meet for real: as Java reports
 * them on Windows (the system's text in English or, on these users' computers, Chinese) and on Linux.
 */
class WriteFailureTest {

    @TempDir
    Path temp;

    private static final Messages ZH = Messages.forLanguage("zh-CN");
    private static final Messages EN = Messages.forLanguage("en");

    private static FileSystemException system(String file, String text) {
        return new FileSystemException(file, null, text);
    }

    @ParameterizedTest(name = "{1} → {0}")
    @CsvSource(delimiter = '|', value = {
        // Windows, English and Chinese system text
        "in-use            | The process cannot access the file because it is being used by another process.",
        "in-use            | 另一个程序正在使用此文件，进程无法访问。",
        "in-use            | The process cannot access the file because another process has locked a portion of the file.",
        "in-use            | 进程无法访问文件，因为另一个程序已锁定文件的一部分。",
        "too-long          | The filename or extension is too long.",
        "too-long          | 文件名或扩展名太长。",
        "too-long          | The file name is too long.",
        "bad-name          | The filename, directory name, or volume label syntax is incorrect.",
        "bad-name          | 文件名、目录名或卷标语法不正确。",
        "no-space          | There is not enough space on the disk.",
        "no-space          | 磁盘空间不足。",
        "no-space          | 磁盘已满。",
        "read-only         | The media is write protected.",
        "read-only         | 介质受写入保护。",
        "network           | The specified network name is no longer available.",
        "network           | 指定的网络名不再可用。",
        "network           | The network path was not found.",
        "network           | 找不到网络路径。",
        "network           | An unexpected network error occurred.",
        "network           | 发生意外的网络错误。",
        "network           | The semaphore timeout period has expired.",
        "device            | The device is not ready.",
        "device            | 设备未就绪。",
        "not-empty         | The directory is not empty.",
        "not-empty         | 目录不是空的。",
        "denied            | 拒绝访问。",
        // Linux
        "too-long          | File name too long",
        "bad-name          | Invalid argument",
        "no-space          | No space left on device",
        "no-space          | Disk quota exceeded",
        "read-only         | Read-only file system",
        "network           | Stale file handle",
        "network           | Transport endpoint is not connected",
        "network           | Host is down",
        "device            | Input/output error",
        "in-use            | Device or resource busy",
        "folder-in-the-way | Is a directory",
        "denied            | Operation not permitted",
        "other             | Too many open files",
    })
    void theSystemsTextNamesTheCause(String kind, String text) {
        assertEquals(kind, WriteFailure.kind(system("/srv/kb/site/cases/a/index.html", text)));
    }

    @Test
    void aDocumentOpenInWordOrWpsIsToldAsSuch() {
        assertEquals("document-open", WriteFailure.kind(new AccessDeniedException("D:\\kb\\site\\cases\\a\\洋浦经验.docx")));
        assertEquals("document-open", WriteFailure.kind(system("D:\\kb\\site\\cases\\a\\洋浦经验.DOCX",
                "另一个程序正在使用此文件，进程无法访问。")));
        assertEquals("denied", WriteFailure.kind(new AccessDeniedException("/srv/kb/site")));
        WriteFailure f = WriteFailure.of(new AccessDeniedException("D:\\kb\\site\\cases\\a\\洋浦经验.docx"), "site", ZH);
        assertEquals("D:\\kb\\site\\cases\\a\\洋浦经验.docx 正被其他程序打开（多半是 Word 或 WPS 打开着这个文档），无法替换", f.reason());
        assertTrue(f.fix().startsWith("关闭打开这个文档的 Word 或 WPS 窗口"), f.fix());
    }

    @Test
    void theExceptionTypesJavaGivesNameTheirCause() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("cases"));
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertEquals("not-empty", WriteFailure.kind(new DirectoryNotEmptyException(folder.toString())));
        assertEquals("file-in-the-way", WriteFailure.kind(new NotDirectoryException(file.toString())));
        assertEquals("file-in-the-way", WriteFailure.kind(new FileAlreadyExistsException(file.toString())));
        assertEquals("exists", WriteFailure.kind(new FileAlreadyExistsException(folder.toString())));
        assertEquals("missing", WriteFailure.kind(new NoSuchFileException(temp.resolve("gone/site").toString())));
        // Windows says "path not found" when part of the path is a file: the file is named
        assertEquals("file-in-the-way", WriteFailure.kind(new NoSuchFileException(file.resolve("site/x").toString())));
        WriteFailure f = WriteFailure.of(new NoSuchFileException(file.resolve("site/x").toString()), "site", ZH);
        assertEquals(file + " 是一个文件，但这里需要一个文件夹", f.reason());
        assertEquals("denied", WriteFailure.kind(new AccessDeniedException("/srv/kb/site")));
    }

    @Test
    void anyOtherCauseSaysTheSystemRefusedAndQuotesItsWordsOnly() {
        WriteFailure f = WriteFailure.of(system("/srv/kb/site/a", "Too many open files"), "site", ZH);
        assertEquals("other", f.kind());
        assertEquals("操作系统拒绝了这次操作，系统提示：“Too many open files”", f.reason());
        assertEquals("检查", f.fixOr("检查"));
        WriteFailure plain = WriteFailure.of(new IOException("Broken pipe"), "site", ZH);
        assertEquals("操作系统拒绝了这次操作，系统提示：“Broken pipe”", plain.reason());
        WriteFailure none = WriteFailure.of(new IOException(), "site", ZH);
        assertEquals("操作系统拒绝了这次操作，系统提示：“IOException”", none.reason());
    }

    @Test
    void aFailureWithoutAFileNamesThePlaceGiven() {
        // FileChannel's write on a full disk: a plain IOException with the system's text
        WriteFailure f = WriteFailure.of(new IOException("No space left on device"), "site", ZH);
        assertEquals("site 所在的磁盘空间不足", f.reason());
        assertFalse(f.fix().isEmpty());
    }

    @Test
    void everyNamedCauseHasAReasonAndAFixInBothLanguages() {
        for (String kind : List.of("denied", "document-open", "in-use", "missing", "read-only", "no-space", "too-long",
                "bad-name", "network", "device", "file-in-the-way", "folder-in-the-way", "exists", "not-empty")) {
            for (Messages m : List.of(ZH, EN)) {
                assertTrue(m.has("io.reason." + kind) && m.has("io.reason." + kind + ".hint"), kind + " " + m.language());
                assertTrue(m.format("io.reason." + kind, "/srv/kb/site").contains("/srv/kb/site")
                        || List.of("read-only", "no-space").contains(kind), kind);
            }
        }
        assertTrue(ZH.format("io.reason.too-long.hint", "x").contains("D:\\site"), ZH.format("io.reason.too-long.hint", "x"));
        assertTrue(ZH.format("io.reason.bad-name", "x").contains("\\ / : * ?"), ZH.format("io.reason.bad-name", "x"));
        assertEquals("the operating system refused, saying: \"Too many open files\"",
                WriteFailure.of(system("/srv/kb/site/a", "Too many open files"), "site", EN).reason());
    }

    /** A page, a Word document or the search index that fails midway is told like the output folder. */
    @Test
    void aFileOfTheSiteThatCannotBeWrittenIsToldInTheReadersWordsWithItsFix() {
        org.casebook.diag.Diagnostics diags = new org.casebook.diag.Diagnostics(ZH);
        WriteFailure.report(diags, "cases/a/index.html", system("/srv/site/.site.building/cases/a/index.html",
                "No space left on device"));
        org.casebook.diag.Diagnostic d = diags.sorted().get(0);
        assertEquals("io.write", d.code());
        assertEquals("cases/a/index.html", d.pos().file());
        assertFalse(d.message().contains("No space left"), d.message());
        assertEquals(ZH.format("io.reason.no-space.hint", "/srv/site/.site.building/cases/a/index.html"), d.hint());
    }

    /** A case or casebook.yml that cannot be read is told in reading's words, the system's own only quoted. */
    @Test
    void aFileThatCannotBeReadIsToldInReadingsWords() {
        org.casebook.diag.Diagnostics diags = new org.casebook.diag.Diagnostics(ZH);
        WriteFailure.reportRead(diags, "cases/a.md", new AccessDeniedException("/kb/cases/a.md"));
        WriteFailure.reportRead(diags, "cases/b.md", system("/kb/cases/b.md",
                "The process cannot access the file because it is being used by another process"));
        WriteFailure.reportRead(diags, "cases/c.md", system("/kb/cases/c.md", "Stale file handle"));
        WriteFailure.reportRead(diags, "cases/d.md", system("/kb/cases/d.md", "Something new"));
        List<org.casebook.diag.Diagnostic> all = diags.sorted();
        assertEquals(List.of("io.read", "io.read", "io.read", "io.read"), all.stream().map(d -> d.code()).toList());
        assertEquals("无法读取：没有读取 /kb/cases/a.md 的权限", all.get(0).message());
        assertTrue(all.get(1).message().contains("正被其他程序独占打开"), all.get(1).message());
        assertEquals(ZH.format("io.reason.network", "/kb/cases/c.md", ""), all.get(2).message().substring("无法读取：".length()));
        assertTrue(all.get(3).message().contains("“Something new”") && all.get(3).message().contains("操作系统拒绝了这次操作"),
                all.get(3).message());
        assertFalse(all.get(0).message().contains("/kb/cases/a.md:"), "no English left over");
    }
}
