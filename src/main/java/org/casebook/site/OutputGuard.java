package org.casebook.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy something that is not a generated site:
 * the file-system root, the home folder, the knowledge base itself or any folder holding it, its
 * {@code cases/} or {@code templates/}, a symbolic link, and a non-empty folder without our marker.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** The message key of the reason the output may not be used, or empty when it may. */
    public static Optional<String> check(Path kbDir, Path out) {
        Path o = out.toAbsolutePath().normalize();
        Path kb = kbDir.toAbsolutePath().normalize();
        if (o.getParent() == null) {
            return Optional.of("out.root");
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (o.equals(home)) {
            return Optional.of("out.home");
        }
        if (kb.startsWith(o)) {
            return Optional.of("out.contains-kb");
        }
        if (o.startsWith(kb.resolve("cases")) || o.startsWith(kb.resolve("templates"))) {
            return Optional.of("out.inside-sources");
        }
        if (Files.isSymbolicLink(o)) {
            return Optional.of("out.symlink");
        }
        if (Files.exists(o, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(o, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("out.not-dir");
            }
            if (!Files.exists(o.resolve(OutputDir.MARKER)) && !isEmpty(o)) {
                return Optional.of("out.foreign");
            }
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
