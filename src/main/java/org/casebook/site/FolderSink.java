package org.casebook.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.casebook.io.PageSink;

/**
 * Writes a site's files into one folder: every site path is checked to stay inside it, each folder
 * is created once, a streamed page that fails leaves no file. The build's staging folder
 * ({@link OutputDir}) and the preview's derived outputs ({@link DerivedOutputs}) both write through it.
 */
final class FolderSink implements PageSink {

    private final Path root;
    private final BiConsumer<String, Path> written;
    private final AtomicInteger files = new AtomicInteger();
    private final Set<Path> created = ConcurrentHashMap.newKeySet();

    /** @param written told of every file written (site path, file), after it is complete */
    FolderSink(Path root, BiConsumer<String, Path> written) {
        this.root = root;
        this.written = written;
    }

    int fileCount() {
        return files.get();
    }

    @Override
    public void write(String sitePath, String content) throws IOException {
        write(sitePath, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <X extends Exception> void write(String sitePath, Text<X> text) throws IOException, X {
        Path p = file(sitePath);
        boolean done = false;
        try (Writer out = Files.newBufferedWriter(p)) {
            text.writeTo(out);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(p);
            }
        }
        wrote(sitePath, p);
    }

    @Override
    public void write(String sitePath, byte[] content) throws IOException {
        Path p = file(sitePath);
        Files.write(p, content);
        wrote(sitePath, p);
    }

    @Override
    public void copy(Path source, String sitePath) throws IOException {
        Path p = file(sitePath);
        try {
            Files.copy(source, p, LinkOption.NOFOLLOW_LINKS);
            wrote(sitePath, p);
        } catch (FileAlreadyExistsException e) {
            // two cases link the same image: one copy serves both
        }
    }

    private void wrote(String sitePath, Path p) {
        files.incrementAndGet();
        written.accept(sitePath, p);
    }

    /** The file for a site path, its folder created, refusing anything that would leave the root. */
    private Path file(String sitePath) throws IOException {
        Path p = root.resolve(sitePath).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IOException("path leaves the output folder: " + sitePath);
        }
        folder(p.getParent());
        return p;
    }

    /**
     * Creates a folder once: asking the file system again for each of tens of thousands of files
     * (cases/, search/d/) cost more than writing some of them.
     */
    private void folder(Path dir) throws IOException {
        if (!created.contains(dir)) {
            Files.createDirectories(dir);
            created.add(dir);
        }
    }
}
