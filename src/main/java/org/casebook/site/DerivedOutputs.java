package org.casebook.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import org.casebook.io.PageSink;

/**
 * The preview's outputs derived from the whole collection (cross-case pages, printable collections,
 * feeds, data files, the sitemap, the search index). A save changes them all a little, yet a
 * contributor looks at them rarely; rewriting them after every save would take seconds at 10,000
 * cases and, held in memory, hundreds of megabytes (the printable collections carry every body).
 * So each save only records <em>what</em> they would be rendered from; a group is rendered when one
 * of its paths is first asked for, into a temporary folder, and served from there until the next save.
 * A file its group can make alone (one Word document) is made alone first, and no group is rendered whole for it.
 *
 * <p>Which paths a group owns is known only once it has been rendered. A request for a path that no
 * page holds renders the stale groups whose earlier rendering had outputs under the same top-level
 * name ({@code print}, {@code search}, {@code feeds.xml}…); before a group's first rendering any such
 * request renders it. Paths keep their top-level name from one save to the next, so a 404 for an
 * unrelated path (a browser's guess at {@code favicon.ico}) costs nothing.
 */
final class DerivedOutputs implements AutoCloseable {

    /** Renders one group of derived outputs, for one state of the site, into a sink. */
    @FunctionalInterface
    interface Group {
        void render(PageSink sink) throws IOException;

        /** Renders only the file at {@code sitePath}, when the group can make it alone; whether it did. */
        default boolean renderOne(PageSink sink, String sitePath) throws IOException {
            return false;
        }
    }

    /** One group's outputs for one state of the site: rendered at most once, when first needed. */
    private final class Generation {
        final String name;
        final Group group;
        final long id;
        private volatile Map<String, Path> files;
        /** Files made alone before the whole group was (empty when the group cannot make that file alone). */
        private final Map<String, FutureTask<Optional<Path>>> singles = new ConcurrentHashMap<>();

        Generation(String name, Group group, long id) {
            this.name = name;
            this.group = group;
            this.id = id;
        }

        boolean rendered() {
            return files != null;
        }

        Map<String, Path> files() {
            Map<String, Path> f = files;
            if (f == null) {
                synchronized (this) {
                    f = files;
                    if (f == null) {
                        f = render();
                        files = f;
                        DerivedOutputs.this.noteRendered(this);
                    }
                }
            }
            return f;
        }

        /**
         * The file at {@code sitePath} made alone, before the whole group is rendered, when the group can
         * make it so (once per path); empty when it cannot, or once the whole group is rendered.
         */
        Optional<Path> alone(String sitePath) {
            if (files != null) {
                return Optional.empty();
            }
            FutureTask<Optional<Path>> task = singles.computeIfAbsent(sitePath, p -> new FutureTask<>(() -> single(p)));
            task.run(); // a no-op when made or being made: then get() waits
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        private Optional<Path> single(String sitePath) throws IOException {
            Map<String, Path> written = new ConcurrentHashMap<>();
            // a folder of their own: the whole group, rendered later, never rewrites a file being served
            if (!group.renderOne(sink(name + "-" + id + "-one", written), sitePath)) {
                return Optional.empty();
            }
            DerivedOutputs.this.noteOnDisk(this);
            return Optional.ofNullable(written.get(sitePath));
        }

        private Map<String, Path> render() {
            Map<String, Path> written = new ConcurrentHashMap<>();
            try {
                group.render(sink(name + "-" + id, written));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(written);
        }

        /** A sink into the folder {@code dir} that notes each file it writes in {@code written}. */
        private PageSink sink(String dir, Map<String, Path> written) {
            Path out = folder().resolve(dir);
            FolderSink disk = new FolderSink(out, written::put);
            return new PageSink() {
                @Override
                public void write(String sitePath, String content) throws IOException {
                    disk.write(sitePath, content);
                }

                @Override
                public void write(String sitePath, byte[] content) throws IOException {
                    disk.write(sitePath, content);
                }

                /** Streamed to disk: a printable collection of thousands of cases is never held whole. */
                @Override
                public <X extends Exception> void write(String sitePath, Text<X> text) throws IOException, X {
                    disk.write(sitePath, text);
                }

                @Override
                public void copy(Path source, String sitePath) {
                    written.put(sitePath, source); // served from where it is, as the pages' attachments are
                }
            };
        }
    }

    private final Map<String, Generation> current = new ConcurrentHashMap<>();
    /** Per group, the top-level names of the paths its last rendering wrote. */
    private final Map<String, Set<String>> topNames = new ConcurrentHashMap<>();
    /** Per group, the generation whose files are on disk now (deleted when a newer one is rendered). */
    private final Map<String, Long> onDisk = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private Path folder;
    private volatile boolean closed;

    /** The groups of the site's new state, replacing the previous ones (nothing is rendered yet). */
    void replace(Map<String, Group> groups) {
        groups.forEach((name, g) -> current.put(name, new Generation(name, g, ids.incrementAndGet())));
        current.keySet().retainAll(groups.keySet());
    }

    /** Renders every group that is not yet rendered (for tests and tools that want the whole site). */
    void renderAll() {
        current.values().forEach(Generation::files);
    }

    /** The bytes at a derived path, rendering its group first if needed; empty when no group has the path. */
    Optional<byte[]> read(String sitePath) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Path> file = find(sitePath);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(file.get()));
            } catch (NoSuchFileException e) {
                // a newer rendering replaced the file between finding and reading it: look again
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    boolean contains(String sitePath) {
        return find(sitePath).isPresent();
    }

    /** Every derived path (renders every group). */
    Set<String> paths() {
        Set<String> all = new TreeSet<>();
        for (Generation g : List.copyOf(current.values())) {
            all.addAll(g.files().keySet());
        }
        return all;
    }

    private Optional<Path> find(String sitePath) {
        String top = topName(sitePath);
        List<Generation> candidates = List.copyOf(current.values()).stream().filter(g -> {
            Set<String> names = topNames.get(g.name);
            return g.rendered() || names == null || names.contains(top);
        }).toList();
        // a file a group makes alone is made so first: one case's Word document renders no group whole
        for (Generation g : candidates) {
            Optional<Path> p = g.alone(sitePath);
            if (p.isPresent()) {
                return p;
            }
        }
        for (Generation g : candidates) {
            Path p = g.files().get(sitePath);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private synchronized void noteRendered(Generation g) {
        Set<String> names = new TreeSet<>();
        g.files.keySet().forEach(p -> names.add(topName(p)));
        topNames.put(g.name, Set.copyOf(names));
        noteOnDisk(g);
    }

    /** A generation wrote files: the group's older generation on disk goes (or this one, if a newer is there). */
    private synchronized void noteOnDisk(Generation g) {
        Long old = onDisk.get(g.name);
        if (old == null || old < g.id) {
            onDisk.put(g.name, g.id);
            if (old != null) {
                deleteGeneration(g.name, old);
            }
        } else if (old > g.id) {
            deleteGeneration(g.name, g.id); // an older generation finished after a newer one
        }
    }

    private void deleteGeneration(String group, long id) {
        delete(folder().resolve(group + "-" + id));
        delete(folder().resolve(group + "-" + id + "-one"));
    }

    private static String topName(String sitePath) {
        int slash = sitePath.indexOf('/');
        return slash < 0 ? sitePath : sitePath.substring(0, slash);
    }

    /** The temporary folder the outputs are rendered into (made when first needed). */
    synchronized Path folder() {
        if (closed) {
            throw new IllegalStateException("the preview is closed");
        }
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("casebook-preview-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (folder != null) {
            delete(folder);
        }
    }

    private static void delete(Path dir) {
        try {
            OutputDir.deleteTree(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans its temp folder
        }
    }
}
