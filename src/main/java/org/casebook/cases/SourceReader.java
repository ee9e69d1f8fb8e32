package org.casebook.cases;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;
import org.casebook.text.TextDecoder;

/**
 * Finds and reads {@code cases/**.md}. Symbolic links are refused, never followed: a link could
 * pull a file from outside the knowledge base into the published site.
 */
public final class SourceReader {

    /** Larger case files are refused before they are read whole. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    public static final String CASES = "cases";

    private final Path kbDir;
    private final Diagnostics diags;
    private final CaseFolder folder;

    public SourceReader(Path kbDir, Diagnostics diags) {
        this.kbDir = kbDir;
        this.diags = diags;
        this.folder = new CaseFolder(kbDir, diags);
    }

    /**
     * The files of {@code cases/} the last {@link #list()} did not read as cases, to be accounted for
     * once the cases are parsed ({@link CaseFolder#reportUnlinked}).
     */
    public CaseFolder folder() {
        return folder;
    }

    /** Paths of every case file, sorted so that every later stage sees the same order. */
    public List<Path> list() {
        Path root = kbDir.resolve(CASES);
        List<Path> found = new ArrayList<>();
        if (Files.isSymbolicLink(root)) {
            diags.error(SourcePos.of(CASES + "/"), "cases.symlink");
            return found;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            diags.error(SourcePos.of(CASES + "/"), "cases.missing-dir");
            return found;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName().toString();
                    return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isSymbolicLink()) {
                        // links to folders arrive here too: the walk never follows a link
                        diags.error(SourcePos.of(rel(file)), "cases.symlink");
                    } else if (!attrs.isRegularFile()) {
                        diags.error(SourcePos.of(rel(file)), "cases.not-regular");
                    } else if (name.endsWith(".md") && !name.startsWith(".")) {
                        if (!folder.isStrayCopy(file, rel(file))) {
                            found.add(file);
                        }
                    } else {
                        folder.visit(file, rel(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    org.casebook.io.WriteFailure.reportRead(diags, rel(file), e);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            org.casebook.io.WriteFailure.reportRead(diags, CASES + "/", e);
        }
        found.sort(null);
        return found;
    }

    /** Reads one case file; empty (with the reason reported) when it cannot be used. */
    public Optional<SourceFile> read(Path file) {
        String rel = rel(file);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                // checked again here: the file may have been swapped for a link since the walk
                diags.error(SourcePos.of(rel), attrs.isSymbolicLink() ? "cases.symlink" : "cases.not-regular");
                return Optional.empty();
            }
            long size = attrs.size();
            if (size > MAX_FILE_BYTES) {
                diags.error(SourcePos.of(rel), "cases.too-large", size / 1024, MAX_FILE_BYTES / 1024);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return TextDecoder.decode(bytes, rel, diags).map(text -> new SourceFile(file, rel, text));
        } catch (IOException e) {
            org.casebook.io.WriteFailure.reportRead(diags, rel, e);
            return Optional.empty();
        }
    }

    public String rel(Path file) {
        return kbDir.relativize(file).toString().replace('\\', '/');
    }
}
