package org.casebook.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casebook.cache.CacheKey;
import org.casebook.cache.CacheStore;
import org.casebook.cache.EntryReader;
import org.casebook.cache.EntryWriter;
import org.casebook.cases.InternalBlock;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.kb.Case;
import org.casebook.render.markdown.Attachment;
import org.casebook.render.markdown.LinkLookups;
import org.casebook.render.markdown.LinkTargets;
import org.casebook.render.markdown.RenderedBody;

/**
 * The rendered bodies of earlier runs, each under the hash of everything it was rendered from: the
 * body's text, file and first line, its internal passages, the renderer's settings, the audience,
 * the language of the messages, the knowledge base's folder and the code of this Casebook. What a
 * body's links asked about other cases and files ({@link LinkLookups}) is kept with it and asked
 * again before reuse, so a body is rendered again when a case or file it links to changed, and only
 * then.
 *
 * <p>A kept engine (the preview) holds the memo in memory, one entry per case; a build reads and
 * writes it through a {@link CacheStore} on disk, so the next build reuses it. Thread-safe.
 */
final class BodyMemo {

    /** A rendered body, the hash of what it was rendered from, and what its links looked up. */
    record Entry(byte[] key, List<String> lookups, RenderedBody body, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> kept;
    private final Optional<CacheStore> store;

    /**
     * @param keep  whether entries stay in memory for the next run (a kept engine)
     * @param store where entries persist between builds, if anywhere
     */
    BodyMemo(boolean keep, Optional<CacheStore> store) {
        this.kept = keep ? new ConcurrentHashMap<>() : null;
        this.store = store;
    }

    /**
     * The hash of a run's settings that every body depends on; each body's key starts from it.
     */
    static byte[] settingsKey(String codeVersion, Path kbDir, String messagesLanguage, String rendererSettings,
            String audience) {
        return new CacheKey().add("body").add(CacheStore.FORMAT).add(codeVersion).add(kbDir.toString())
                .add(messagesLanguage).add(rendererSettings).add(audience).bytes();
    }

    /** The key of one case's body under the run's settings. */
    static byte[] key(byte[] settingsKey, Case c) {
        CacheKey k = new CacheKey().add(settingsKey).add(c.file()).add(c.bodyLine());
        k.add(c.internalBlocks().size());
        for (InternalBlock b : c.internalBlocks()) {
            k.add(b.openLine()).add(b.closeLine());
        }
        return k.addText(c.body()).bytes();
    }

    /** Whether anything is remembered at all (a build without a cache remembers nothing and needs no keys). */
    boolean isUsed() {
        return kept != null || store.isPresent();
    }

    /** The entry of {@code slug} made from the same inputs, if one is at hand and its lookups still hold. */
    Optional<Entry> find(String slug, byte[] key, LinkTargets targets) {
        Entry e = kept == null ? null : kept.get(slug);
        if (e == null || !Arrays.equals(e.key(), key)) {
            e = store.isEmpty() ? null : store.get().get(key).flatMap(bytes -> {
                Optional<Entry> decoded = decode(key, bytes);
                if (decoded.isEmpty()) {
                    store.get().distrust(key);
                }
                return decoded;
            }).orElse(null);
        }
        if (e == null || !LinkLookups.stillHold(e.lookups(), targets)) {
            return Optional.empty();
        }
        if (kept != null) {
            kept.put(slug, e);
        }
        return Optional.of(e);
    }

    /** Keeps a freshly rendered entry for later runs. */
    Entry remember(String slug, Entry e) {
        if (kept != null) {
            kept.put(slug, e);
        }
        store.ifPresent(s -> s.put(e.key(), encode(e)));
        return e;
    }

    /** After a run: forgets what it did not use. */
    void retainOnly(Set<String> slugs) {
        if (kept != null) {
            kept.keySet().retainAll(slugs);
        }
        store.ifPresent(CacheStore::prune);
    }

    void clear() {
        if (kept != null) {
            kept.clear();
        }
    }

    Optional<CacheStore> store() {
        return store;
    }

    // ---- the entry's bytes: counts and strings in a fixed order (EntryWriter, EntryReader)

    static byte[] encode(Entry e) {
        RenderedBody b = e.body();
        EntryWriter out = new EntryWriter(2 * (b.html().length() + b.text().length()) + 1024);
        out.number(e.lookups().size());
        for (String l : e.lookups()) {
            out.string(l);
        }
        out.string(b.html());
        out.string(b.text());
        out.number(b.toc().size());
        for (RenderedBody.Heading h : b.toc()) {
            out.number(h.level());
            out.string(h.text());
            out.string(h.id());
        }
        out.number(b.attachments().size());
        for (Attachment a : b.attachments()) {
            out.string(a.source().toString());
            out.string(a.sitePath());
        }
        out.number(e.diagnostics().size());
        for (Diagnostic d : e.diagnostics()) {
            out.string(d.pos().file());
            out.number(d.pos().line());
            out.number(d.pos().column());
            out.string(d.severity().name());
            out.string(d.code());
            out.string(d.message());
            out.string(d.hint());
        }
        return out.bytes();
    }

    /**
     * An entry from its bytes; empty when they do not decode (a store's checksum makes that the
     * mark of a format bug, not of a damaged file, but either way the entry is not used).
     */
    static Optional<Entry> decode(byte[] key, byte[] bytes) {
        try {
            EntryReader in = new EntryReader(bytes);
            List<String> lookups = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                lookups.add(in.string());
            }
            String html = in.string();
            String text = in.string();
            List<RenderedBody.Heading> toc = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                toc.add(new RenderedBody.Heading(in.number(), in.string(), in.string()));
            }
            List<Attachment> attachments = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                attachments.add(new Attachment(Path.of(in.string()), in.string()));
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                SourcePos pos = new SourcePos(in.string(), in.number(), in.number());
                diagnostics.add(new Diagnostic(pos, Severity.valueOf(in.string()), in.string(), in.string(), in.string()));
            }
            if (!in.atEnd()) {
                return Optional.empty();
            }
            return Optional.of(new Entry(key, List.copyOf(lookups), new RenderedBody(html, toc, text, attachments),
                    List.copyOf(diagnostics)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
