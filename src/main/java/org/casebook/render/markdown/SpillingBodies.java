package org.casebook.render.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered bodies by slug, for the stages after Markdown (pages, related cases, collections, feeds,
 * search index), which each read every body. Bodies stay in memory up to a budget; beyond it their
 * HTML and text go to a scratch file and are read back on each {@link #get}. At 100,000 cases the
 * bodies alone are about 3 GB as Java strings, more than a 2 GiB heap; at 10,000 they fit and this
 * is a plain concurrent map.
 *
 * <p>Thread-safe. Only {@code put} and {@code get} are meant for use; iteration reads every body.
 * {@link #close()} deletes the scratch file.
 */
public final class SpillingBodies extends AbstractMap<String, RenderedBody> implements AutoCloseable {

    private final Map<String, RenderedBody> inMemory = new ConcurrentHashMap<>();
    private final Map<String, Spilled> spilled = new ConcurrentHashMap<>();
    private final long budgetChars;
    private final AtomicLong heldChars = new AtomicLong();
    private final Path scratch;
    private FileChannel file;
    private long end;

    /** A body whose HTML and text are in the scratch file, UTF-8, one after the other. */
    private record Spilled(long offset, int htmlBytes, int textBytes, List<RenderedBody.Heading> toc,
            List<Attachment> attachments) {
    }

    /**
     * @param budgetChars characters of HTML and text held in memory before bodies go to disk
     * @param scratch     the scratch file to create when needed (beside the output, not in /tmp,
     *                    which is often memory itself)
     */
    public SpillingBodies(long budgetChars, Path scratch) {
        this.budgetChars = budgetChars;
        this.scratch = scratch;
    }

    /** A budget of an eighth of the heap this JVM may grow to (two bytes a character): the model and the search index need the rest. */
    public static long defaultBudgetChars() {
        return Runtime.getRuntime().maxMemory() / 16;
    }

    @Override
    public RenderedBody put(String slug, RenderedBody body) {
        long chars = body.html().length() + (long) body.text().length();
        if (heldChars.addAndGet(chars) <= budgetChars) {
            return inMemory.put(slug, body);
        }
        heldChars.addAndGet(-chars);
        byte[] html = body.html().getBytes(StandardCharsets.UTF_8);
        byte[] text = body.text().getBytes(StandardCharsets.UTF_8);
        long offset = append(html, text);
        spilled.put(slug, new Spilled(offset, html.length, text.length, body.toc(), body.attachments()));
        return null;
    }

    private synchronized long append(byte[] html, byte[] text) {
        try {
            if (file == null) {
                java.nio.file.Files.createDirectories(scratch.toAbsolutePath().getParent());
                // a scratch file left by a killed build is simply overwritten
                file = FileChannel.open(scratch, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            }
            long offset = end;
            writeFully(ByteBuffer.wrap(html), offset);
            writeFully(ByteBuffer.wrap(text), offset + html.length);
            end = offset + html.length + text.length;
            return offset;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scratch file " + scratch + ": " + e.getMessage(), e);
        }
    }

    private void writeFully(ByteBuffer b, long position) throws IOException {
        long p = position;
        while (b.hasRemaining()) {
            p += file.write(b, p);
        }
    }

    @Override
    public RenderedBody get(Object slug) {
        RenderedBody held = inMemory.get(slug);
        if (held != null) {
            return held;
        }
        Spilled s = spilled.get(slug);
        if (s == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(s.htmlBytes() + s.textBytes());
        try {
            long p = s.offset();
            while (b.hasRemaining()) {
                int n = file.read(b, p);
                if (n < 0) {
                    throw new IOException("unexpected end of file");
                }
                p += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scratch file " + scratch + ": " + e.getMessage(), e);
        }
        byte[] bytes = b.array();
        return new RenderedBody(new String(bytes, 0, s.htmlBytes(), StandardCharsets.UTF_8), s.toc(),
                new String(bytes, s.htmlBytes(), s.textBytes(), StandardCharsets.UTF_8), s.attachments());
    }

    @Override
    public boolean containsKey(Object slug) {
        return inMemory.containsKey(slug) || spilled.containsKey(slug);
    }

    @Override
    public int size() {
        return inMemory.size() + spilled.size();
    }

    /** How many bodies live in the scratch file (for tests and timings). */
    public int spilledCount() {
        return spilled.size();
    }

    /**
     * Every body in slug order, read back one at a time as the iteration reaches it: a copy of all of
     * them would hold in memory exactly what was spilled to keep it out.
     */
    @Override
    public Set<Entry<String, RenderedBody>> entrySet() {
        java.util.TreeSet<String> slugs = new java.util.TreeSet<>(inMemory.keySet());
        slugs.addAll(spilled.keySet());
        return new java.util.AbstractSet<>() {
            @Override
            public java.util.Iterator<Entry<String, RenderedBody>> iterator() {
                return slugs.stream().map(slug -> Map.entry(slug, get(slug))).iterator();
            }

            @Override
            public int size() {
                return slugs.size();
            }
        };
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // deleted on close; a failure leaves a scratch file the next build overwrites
            }
            file = null;
        }
    }
}
