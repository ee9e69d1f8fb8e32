package org.casebook.site;

import com.sun.nio.file.ExtendedWatchEventModifier;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a knowledge base's sources ({@code casebook.yml}, {@code cases/}, {@code templates/}) and
 * hands over changed paths in batches: an editor's save is often several events (write, rename,
 * chmod), so events are collected until the folder has been quiet for {@link #QUIET_MS}. Editor
 * droppings (swap, backup and hidden files) are ignored. {@code null} in a batch means "everything"
 * (the watch queue overflowed).
 *
 * <p>On Windows the source folders are watched with one recursive watch each
 * ({@link ExtendedWatchEventModifier#FILE_TREE}): a watch per folder keeps a handle open on every park
 * folder, and Windows then refuses to rename or delete them while the preview runs. Elsewhere (and
 * should the recursive watch be refused) every folder gets its own watch, and new folders are added as
 * they appear.
 */
final class SourceWatcher implements AutoCloseable {

    /** How the source folders are registered. */
    enum Mode {
        /** One watch per folder (Linux inotify, macOS polling). */
        PER_FOLDER,
        /** One watch per source folder covering its whole tree (Windows' ReadDirectoryChangesW). */
        FILE_TREE;

        /** The mode for an {@code os.name}: the recursive watch only exists on Windows. */
        static Mode forOs(String osName) {
            return osName != null && osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows") ? FILE_TREE
                    : PER_FOLDER;
        }
    }

    static final long QUIET_MS = 30;
    private static final long MAX_WAIT_MS = 300;

    private final Path kbDir;
    private final WatchService watch;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    /** Roots of the recursive watches. */
    private final Set<Path> trees = new java.util.HashSet<>();
    private final Thread thread;
    private volatile Mode mode;
    private volatile boolean closed;

    SourceWatcher(Path kbDir, Consumer<Set<Path>> onChange) throws IOException {
        this(kbDir, onChange, Mode.forOs(System.getProperty("os.name")));
    }

    SourceWatcher(Path kbDir, Consumer<Set<Path>> onChange, Mode requested) throws IOException {
        this.kbDir = kbDir;
        this.watch = FileSystems.getDefault().newWatchService();
        this.mode = requested;
        register(kbDir);
        for (String sub : new String[] {"cases", "templates"}) {
            registerTree(kbDir.resolve(sub));
        }
        thread = new Thread(() -> loop(onChange), "casebook-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** One recursive watch on a source folder; false (and per-folder watches from now on) when refused. */
    private boolean registerRecursive(Path root) throws IOException {
        try {
            WatchKey key = root.register(watch, new WatchEvent.Kind<?>[] {StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY},
                    ExtendedWatchEventModifier.FILE_TREE);
            dirs.put(key, root);
            return true;
        } catch (UnsupportedOperationException | LinkageError e) {
            // not Windows after all, or a runtime without the jdk.unsupported module
            mode = Mode.PER_FOLDER;
            return false;
        }
    }

    private synchronized void register(Path dir) throws IOException {
        WatchKey key = dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        dirs.put(key, dir);
    }

    /** The registration mode in force: {@link Mode#PER_FOLDER} when the recursive watch was refused. */
    Mode mode() {
        return mode;
    }

    /** The folders holding a watch (with {@link Mode#FILE_TREE}: the top folder and the source folders only). */
    synchronized Set<Path> watchedFolders() {
        return Set.copyOf(dirs.values());
    }

    private synchronized void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (mode == Mode.FILE_TREE) {
            if (trees.stream().anyMatch(root::startsWith)) {
                return; // a new folder inside a tree already watched as a whole
            }
            if (registerRecursive(root)) {
                trees.add(root);
                return;
            }
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (!closed) {
                WatchKey first = watch.take();
                Set<Path> batch = new LinkedHashSet<>();
                boolean overflow = drain(first, batch);
                long deadline = System.currentTimeMillis() + MAX_WAIT_MS;
                WatchKey next;
                while (System.currentTimeMillis() < deadline && (next = watch.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(next, batch);
                }
                if (overflow) {
                    batch = null;
                }
                if (batch == null || !batch.isEmpty()) {
                    onChange.accept(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    /** Adds the relevant paths of one key's events to the batch; true on overflow. */
    private boolean drain(WatchKey key, Set<Path> batch) {
        Path dir = dirs.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!relevant(dir, path)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    overflow = true;
                }
            }
            batch.add(path);
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
        return overflow;
    }

    private boolean relevant(Path dir, Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913")) {
            return false;
        }
        if (dir.equals(kbDir)) {
            // at the top only the configuration and the source folders matter (not site/, not README)
            return name.equals("casebook.yml") || name.equals("cases") || name.equals("templates");
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        thread.interrupt();
    }
}
