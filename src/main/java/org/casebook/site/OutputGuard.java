package org.casebook.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy something that is not a generated site:
 * the file-system root, the home folder or any folder holding it, the knowledge base itself or any
 * folder holding it, its {@code cases/} or {@code templates/}, a symbolic link, and a non-empty
 * folder without our marker. Paths are compared both as written and with links resolved, so a link
 * to the knowledge base cannot stand in for it (MkDocs #346: {@code clean} wiped a project whose
 * output folder was its parent).
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** The message key of the reason the output may not be used, or empty when it may. */
    public static Optional<String> check(Path kbDir, Path out) {
        Path o = out.toAbsolutePath().normalize();
        Path kb = kbDir.toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        Optional<String> refusal = checkPaths(o, kb, home);
        if (refusal.isEmpty()) {
            refusal = checkPaths(real(o), real(kb), real(home));
        }
        if (refusal.isPresent()) {
            return refusal;
        }
        if (Files.isSymbolicLink(o)) {
            return Optional.of("out.symlink");
        }
        if (Files.exists(o, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(o, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("out.not-dir");
            }
            if (!Files.isRegularFile(o.resolve(OutputDir.MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(o)) {
                return Optional.of("out.foreign");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkPaths(Path o, Path kb, Path home) {
        if (o.getParent() == null) {
            return Optional.of("out.root");
        }
        if (home.startsWith(o)) {
            return Optional.of("out.home");
        }
        if (kb.startsWith(o)) {
            return Optional.of("out.contains-kb");
        }
        if (o.startsWith(kb.resolve("cases")) || o.startsWith(kb.resolve("templates"))) {
            return Optional.of("out.inside-sources");
        }
        return Optional.empty();
    }

    /**
     * The path with every link in its existing part resolved; the part that does not exist yet is
     * appended as written (it cannot be a link).
     */
    static Path real(Path p) {
        Path existing = p;
        Path rest = p.getFileSystem().getPath("");
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(rest).normalize();
            } catch (IOException e) {
                if (existing.getFileName() == null) {
                    return p;
                }
                rest = existing.getFileName().resolve(rest);
                existing = existing.getParent();
            }
        }
        return p;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
