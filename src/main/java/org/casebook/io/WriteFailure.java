package org.casebook.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casebook.diag.Messages;

/**
 * Why the operating system refused to write, in the reader's words ({@code io.reason.<kind>}), and
 * what to do about it ({@code io.reason.<kind>.hint}). The causes a knowledge base's writers meet are
 * named: no permission, a document open in Word or WPS, a file in use, a name too long or one Windows
 * forbids, a network share or disk that went away, a full or read-only disk, a file where a folder
 * is needed and the reverse. Any other cause is told as the operating system refusing, its own words
 * only quoted after that ({@code io.reason.other}).
 *
 * <p>Java gives a cause as an exception type where it has one and otherwise as the system's text:
 * English on Linux, the system's language on Windows (Chinese on these users' computers), so both are
 * recognised.
 */
public record WriteFailure(String kind, String reason, String fix) {

    /** Documents an office program keeps open, and locked, while a reader looks at them. */
    private static final Set<String> DOCUMENTS = Set.of("docx", "doc", "xlsx", "xls", "pptx", "ppt", "wps", "et",
            "dps", "pdf", "ofd");

    /**
     * The failure {@code e} in {@code messages}' language; {@code where} names the place when the
     * exception names no file of its own.
     */
    public static WriteFailure of(IOException e, String where, Messages messages) {
        String kind = kind(e);
        String file = fileOf(e, where);
        if (kind.equals("file-in-the-way")) {
            file = fileInTheWay(file).map(Path::toString).orElse(file);
        }
        String reason = messages.format("io.reason." + kind, file, systemText(e));
        String hintKey = "io.reason." + kind + ".hint";
        return new WriteFailure(kind, reason, messages.has(hintKey) ? messages.format(hintKey, file) : "");
    }

    /**
     * Reports that the file {@code path} of the site (as the reader knows it: {@code search/},
     * {@code cases/a/index.html}) could not be written ({@code io.write}), why, and what to do.
     */
    public static void report(org.casebook.diag.Diagnostics diags, String path, IOException e) {
        report(diags, "io.write", path, e);
    }

    /**
     * Reports {@code code} ({@code io.write}, {@code io.swap}: its {@code {0}} the path, {@code {1}} the
     * reason) at {@code path}, with the cause's fix, else the code's own hint.
     */
    public static void report(org.casebook.diag.Diagnostics diags, String code, String path, IOException e) {
        WriteFailure why = of(e, path, diags.messages());
        diags.reportWithHint(org.casebook.diag.SourcePos.of(path), org.casebook.diag.Severity.ERROR, code,
                why.fixOr(diags.messages().format(code + ".hint")), path, why.reason());
    }

    /**
     * Reports that the file {@code path} (a case, casebook.yml, a folder of cases) could not be read
     * ({@code io.read}): a refusal or a lock in reading's words ({@code io.read-reason.<kind>}), a
     * missing file, a long name, a share or disk gone as for writing, anything else quoted.
     */
    public static void reportRead(org.casebook.diag.Diagnostics diags, String path, IOException e) {
        Messages m = diags.messages();
        String kind = kind(e);
        String file = fileOf(e, path);
        String key = m.has("io.read-reason." + kind) ? "io.read-reason." + kind
                : SAID_ALIKE_FOR_READING.contains(kind) ? "io.reason." + kind : "io.reason.other";
        String hint = m.has(key + ".hint") ? m.format(key + ".hint", file) : "";
        diags.reportWithHint(org.casebook.diag.SourcePos.of(path), org.casebook.diag.Severity.ERROR, "io.read", hint,
                m.format(key, file, systemText(e)));
    }

    /** This failure's advice, or {@code otherwise} when the cause has none of its own. */
    public String fixOr(String otherwise) {
        return fix.isEmpty() ? otherwise : fix;
    }

    /** Which cause {@code e} is: the suffix of its {@code io.reason.*} key. */
    static String kind(IOException e) {
        String text = systemText(e).toLowerCase(Locale.ROOT);
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "";
        if (e instanceof AccessDeniedException || has(text, "permission denied", "operation not permitted",
                "access is denied", "拒绝访问")) {
            // on Windows a document open in Word or WPS cannot be replaced: the system says "denied"
            return isDocument(file) ? "document-open" : "denied";
        }
        if (has(text, "being used by another process", "另一个程序正在使用此文件", "locked a portion of the file",
                "已锁定文件的一部分", "device or resource busy", "text file busy")) {
            return isDocument(file) ? "document-open" : "in-use";
        }
        if (e instanceof DirectoryNotEmptyException || has(text, "directory not empty", "directory is not empty",
                "目录不是空的")) {
            return "not-empty";
        }
        if (e instanceof NotDirectoryException || has(text, "not a directory", "the directory name is invalid",
                "目录名称无效")) {
            return "file-in-the-way";
        }
        if (e instanceof FileAlreadyExistsException) {
            return isFolder(file) ? "exists" : "file-in-the-way";
        }
        if (has(text, "is a directory")) {
            return "folder-in-the-way";
        }
        if (e instanceof NoSuchFileException) {
            // Windows says "path not found" when part of the path is a file
            return fileInTheWay(file).isPresent() ? "file-in-the-way" : "missing";
        }
        if (has(text, "file name too long", "filename or extension is too long", "file name is too long",
                "文件名或扩展名太长", "文件名太长")) {
            return "too-long";
        }
        if (has(text, "directory name, or volume label syntax is incorrect", "文件名、目录名或卷标语法不正确",
                "invalid argument")) {
            return "bad-name";
        }
        if (has(text, "no space left", "disk quota exceeded", "not enough space on the disk", "the disk is full",
                "磁盘空间不足", "磁盘已满")) {
            return "no-space";
        }
        if (has(text, "read-only file system", "media is write protected", "介质受写入保护")) {
            return "read-only";
        }
        if (has(text, "network name is no longer available", "network path was not found",
                "unexpected network error", "network resource or device is no longer available",
                "network location cannot be reached", "semaphore timeout period has expired", "stale file handle",
                "transport endpoint is not connected", "host is down", "no route to host", "network is unreachable",
                "connection timed out", "指定的网络名不再可用", "找不到网络路径", "发生意外的网络错误",
                "指定的网络资源或设备不再可用", "网络位置", "信号灯超时时间已到")) {
            return "network";
        }
        if (has(text, "input/output error", "device is not ready", "i/o device error", "cyclic redundancy check",
                "no such device", "设备未就绪", "i/o 设备错误", "循环冗余检查")) {
            return "device";
        }
        return "other";
    }

    /** Causes whose {@code io.reason.*} words hold for reading as well as for writing. */
    private static final Set<String> SAID_ALIKE_FOR_READING = Set.of("missing", "too-long", "bad-name", "network", "device");

    /** The file the failure names, else {@code where}. */
    private static String fileOf(IOException e, String where) {
        return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : where;
    }

    /** The system's own words: without the file a {@link FileSystemException} repeats. */
    private static String systemText(IOException e) {
        String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return text == null ? e.getClass().getSimpleName() : text.strip();
    }

    private static boolean has(String text, String... needles) {
        for (String n : needles) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDocument(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 && DOCUMENTS.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isFolder(String file) {
        return path(file).map(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).orElse(false);
    }

    /** The file among {@code file} and the folders above it that stands where a folder is needed. */
    private static Optional<Path> fileInTheWay(String file) {
        for (Path p = path(file).orElse(null); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> path(String file) {
        try {
            return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
