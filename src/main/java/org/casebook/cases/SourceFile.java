package org.casebook.cases;

import java.nio.file.Path;

/**
 * A case file as read from disk: its absolute path, its path relative to the knowledge base (with
 * '/', used in every message), and its decoded text with LF line ends.
 */
public record SourceFile(Path path, String relPath, String text) {

    /** The slug a file gives its case: the file name without {@code .md}. */
    public String slug() {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    /**
     * The same file without its text: what a parsed case keeps, so that the whole text of every
     * file is not held for the rest of the build once its body has been cut out.
     */
    public SourceFile withoutText() {
        return new SourceFile(path, relPath, "");
    }
}
