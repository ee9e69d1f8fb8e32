package org.casebook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.Casebook;
import org.casebook.config.ConfigLoader;
import picocli.CommandLine.Parameters;

/**
 * The knowledge-base folder every command takes as its first parameter (a picocli mixin). A folder
 * inside a knowledge base ({@code cases/洋浦}, where a contributor's command window often is) stands
 * for the knowledge base around it, found upward by its {@code casebook.yml}, as git finds its repository.
 */
final class KbDirParameter {

    Path kbDir;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KB_DIR", defaultValue = ".", descriptionKey = "kbdir",
            description = "Knowledge base folder holding casebook.yml and cases/, or a folder inside it (default: current folder).")
    void kbDir(Path given) {
        kbDir = around(given);
    }

    /** The knowledge base a folder given on the command line stands for: itself, or the one it lies in. */
    static Path around(Path given) {
        return Files.isDirectory(given) && !Files.isRegularFile(given.resolve(ConfigLoader.FILE))
                ? Casebook.findKnowledgeBase(given) : given;
    }
}
