package org.casebook.cases;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;

/**
 * Accounts for every file under {@code cases/} that is not a case: a file a contributor meant as a
 * case but that is not read as one ({@code x.md.txt}, {@code x.MD}, {@code x.markdown}, a name starting
 * with a dot, a Word document) is named with what to do; a stray copy ({@code x - 副本.md},
 * {@code x.md.bak}) is named with its original; attachments no case links to get one summary warning.
 * A case file written outside {@code cases/} is noticed as well. Nothing here stops a build.
 */
public final class CaseFolder {

    /** Copies made by Windows Explorer, WPS, macOS and editors, by the name of the original. */
    private static final Pattern COPY = Pattern.compile(
            "^(.+?)(?:\\s*-\\s*副本(?:\\s*\\(\\d+\\))?|\\s*副本|\\s*-\\s*[Cc]opy(?:\\s*\\(\\d+\\))?|\\s+copy(?:\\s+\\d+)?|\\s*\\(\\d+\\)|\\s*（\\d+）)\\.md$");
    private static final Pattern BACKUP = Pattern.compile("^(.+\\.md)(?:\\.bak|\\.orig|\\.old|~|\\.tmp)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> WORD = Set.of("docx", "doc", "wps", "rtf", "odt");
    private static final Set<String> MARKDOWN_SPELLINGS = Set.of("markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt",
            "mdtext");
    /** Folders of a knowledge base that never hold cases: not searched for misplaced case files. */
    private static final Set<String> NOT_CASES = Set.of("cases", "site", "templates", "target", "node_modules");
    /** A link target's file name in Markdown or raw HTML: what an attachment is referred to by. */
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(\\s*<?([^)>]+?)>?\\s*(?:\"[^\"]*\"\\s*)?\\)|(?:src|href)\\s*=\\s*[\"']([^\"']+)"
            + "|^\\s*\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)", Pattern.MULTILINE);

    private final Path kbDir;
    private final Diagnostics diags;
    private final List<Path> attachments = new ArrayList<>();
    private final List<Path> word = new ArrayList<>();

    CaseFolder(Path kbDir, Diagnostics diags) {
        this.kbDir = kbDir;
        this.diags = diags;
    }

    /** Sorts one file of {@code cases/} that is not a case file. */
    void visit(Path file, String rel) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        SourcePos at = SourcePos.of(rel);
        Matcher backup = BACKUP.matcher(name);
        if (name.startsWith("~$")) {
            diags.warning(at, "cases.office-lock", name);
        } else if (name.startsWith(".")) {
            diags.warning(at, "cases.dot-file", name, name.replaceFirst("^\\.+", ""));
        } else if (lower.endsWith(".md.txt")) {
            diags.warning(at, "cases.md-txt", name, name.substring(0, name.length() - 4));
        } else if (backup.matches()) {
            diags.warning(at, "cases.stray-copy", name, backup.group(1));
        } else if (lower.endsWith(".md")) {
            // x.MD or x.Md: read on Windows as a case, skipped elsewhere; one spelling everywhere
            diags.warning(at, "cases.md-extension", name, name.substring(0, name.length() - 3) + ".md");
        } else if (MARKDOWN_SPELLINGS.contains(extension(lower))) {
            diags.warning(at, "cases.md-extension", name, name.substring(0, name.lastIndexOf('.')) + ".md");
        } else if (WORD.contains(extension(lower))) {
            word.add(file);
        } else {
            attachments.add(file);
        }
    }

    /** A {@code .md} file named as a copy of another case file beside it: reported, not read as a case. */
    boolean isStrayCopy(Path file, String rel) {
        Matcher copy = COPY.matcher(file.getFileName().toString());
        if (copy.matches()) {
            Path original = file.resolveSibling(copy.group(1) + ".md");
            if (Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)) {
                diags.warning(SourcePos.of(rel), "cases.stray-copy", file.getFileName().toString(),
                        original.getFileName().toString());
                return true;
            }
        }
        return false;
    }

    /**
     * Once the cases are parsed: Word documents and other files no case links to. Word documents are
     * named one by one (they are usually cases still to be imported); other files are listed in one
     * warning (pictures left over, usually).
     */
    public void reportUnlinked(List<CaseStudy> studies) {
        if (word.isEmpty() && attachments.isEmpty()) {
            return; // nothing to find a link to: no body needs reading
        }
        Set<String> linked = studies.parallelStream().flatMap(s -> {
            List<String> names = new ArrayList<>();
            Matcher m = LINK_TARGET.matcher(s.body());
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                names.add(fileName(target));
            }
            return names.stream();
        }).collect(Collectors.toSet());
        for (Path w : word) {
            if (!linked.contains(w.getFileName().toString().toLowerCase(Locale.ROOT))) {
                diags.warning(SourcePos.of(rel(w)), "cases.word-file", w.getFileName().toString(), rel(w));
            }
        }
        TreeSet<String> unlinked = new TreeSet<>();
        for (Path a : attachments) {
            if (!linked.contains(a.getFileName().toString().toLowerCase(Locale.ROOT))) {
                unlinked.add(rel(a));
            }
        }
        if (!unlinked.isEmpty()) {
            List<String> shown = unlinked.stream().limit(20).toList();
            String list = String.join("、", shown) + (unlinked.size() > shown.size() ? " …" : "");
            diags.warning(SourcePos.of(SourceReader.CASES + "/"), "cases.unlinked-files", unlinked.size(), list);
        }
    }

    /** Case files written outside {@code cases/}: Markdown with front matter, near the top of the knowledge base. */
    public void reportCasesOutside() {
        try (Stream<Path> walk = Files.walk(kbDir, 2)) {
            walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !insideIgnored(kbDir.relativize(p)))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(CaseFolder::startsWithFrontMatter)
                    .sorted()
                    .forEach(p -> diags.warning(SourcePos.of(rel(p)), "cases.outside", rel(p),
                            p.getFileName().toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
            // a folder that cannot be listed holds nothing this check could name
        }
    }

    private static boolean insideIgnored(Path rel) {
        if (rel.getNameCount() < 2) {
            return false;
        }
        String top = rel.getName(0).toString();
        return NOT_CASES.contains(top) || top.startsWith(".");
    }

    private static boolean startsWithFrontMatter(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(8);
            String s = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
            return s.startsWith("---\n") || s.startsWith("---\r\n");
        } catch (IOException e) {
            return false;
        }
    }

    private static String fileName(String target) {
        String t = target.replace('\\', '/');
        int cut = t.indexOf('#');
        t = cut >= 0 ? t.substring(0, cut) : t;
        cut = t.indexOf('?');
        t = cut >= 0 ? t.substring(0, cut) : t;
        t = t.substring(t.lastIndexOf('/') + 1);
        try {
            t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // kept as written
        }
        return t.toLowerCase(Locale.ROOT);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private String rel(Path p) {
        return kbDir.relativize(p).toString().replace('\\', '/');
    }
}
