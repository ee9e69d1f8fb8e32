package org.casebook.word;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.markdown.Attachment;
import org.casebook.io.PageSink;
import org.casebook.render.markdown.RenderedBody;
import org.casebook.render.page.SitePaths;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Writes the Word documents of a site: every case beside its page ({@link SitePaths#caseWord}), and
 * every collection the knowledge base asks for ({@code collections:}: all cases, parks, themes,
 * methods or single terms) in the collection's folder
 * ({@link SitePaths#collectionWord}), split into volumes of {@link SitePaths#VOLUME_SIZE} cases like
 * the printable pages. Collections leave drafts out, as the printable ones do.
 *
 * <p>A collection's cover and metadata carry the newest date of its cases, a case's own document the
 * case's date (either, when there is none, the newest case date): dates the build derives from its
 * input, so the same input gives the same bytes, and a case added today leaves every document that
 * does not hold it as it was.
 *
 * <p>Each case is converted once per run ({@link Fragments}) and its compressed XML copied into its
 * own document and into every collection volume holding it. A document the last build made from the
 * same inputs ({@link DocumentInputs}) is kept as it is, neither converted nor compressed again.
 */
public final class WordDocuments {

    private WordDocuments() {
    }

    /**
     * Writes every document; problems are reported, never thrown. Returns the number of files written.
     * {@code attachments}: the files the bodies link to, by site path (the pages' own list), so
     * pictures are embedded from their source without reading every body again to find them.
     * {@code codeVersion}: this Casebook's version and code fingerprint, part of every document's inputs.
     * {@code bodyPrints}: each case's body fingerprint, the one the pages use, made once per run.
     * {@code wanted}: which documents, by site path, to write (the preview asks for one at a time); the
     * others are planned, never made.
     */
    public static int write(KnowledgeBase kb, Map<String, RenderedBody> bodies, Function<Case, String> bodyPrints,
            Map<String, Attachment> attachments, Map<String, String> strings, PageSink sink, Diagnostics diags,
            String codeVersion, Predicate<String> wanted) {
        LocalDate date = KnowledgeBase.newestDate(kb.cases()).orElse(null);
        WordBook book = new WordBook(kb.config().title(), strings, kb.config().presentation(),
                c -> bodies.get(c.slug()), p -> Optional.ofNullable(attachments.get(p)).map(Attachment::source));
        List<Volume> volumes = new ArrayList<>();
        AtomicInteger written = new AtomicInteger();
        Map<String, Case> bySlug = new java.util.HashMap<>();
        kb.cases().forEach(c -> bySlug.put(c.slug(), c));
        Fragments fragments = new Fragments(slug -> book.fragment(bySlug.get(slug)));
        DocumentInputs inputs = new DocumentInputs(codeVersion, kb.config().title(), strings, kb.config().presentation(),
                attachments, bodyPrints);
        List<Case> published = kb.cases().stream().filter(c -> !c.draft()).toList();
        if (kb.config().collections().all()) {
            planCollection(volumes, book, fragments, inputs, strings, kb, null, published, date, sink, diags, written, wanted);
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : kb.vocabulary().terms(kind)) {
                if (!kb.config().collections().includes(t)) {
                    continue; // casebook.yml does not ask for it: its pages link no Word file of it
                }
                List<Case> cases = kb.casesFor(t).stream().filter(c -> !c.draft()).toList();
                planCollection(volumes, book, fragments, inputs, strings, kb, t, cases, date, sink, diags, written, wanted);
            }
        }
        Map<String, Runnable> singles = new java.util.LinkedHashMap<>();
        for (Case c : kb.cases()) {
            String path = SitePaths.caseWord(c.slug());
            if (!wanted.test(path)) {
                continue;
            }
            fragments.use(c.slug());
            // an undated case's document carries no date: the newest case's would change it with every
            // case added after it
            LocalDate own = c.date().orElse(null);
            singles.put(c.slug(), () -> write(sink, path, inputs.single(c, own), diags, written, () -> book.single(c, own,
                    fragments.get(c.slug())), () -> fragments.release(c.slug())));
        }
        // each volume, then the single documents of its cases not written yet: a fragment is let go
        // once its last document is written, so this keeps few of them in memory at a time
        List<Runnable> jobs = new ArrayList<>();
        for (Volume v : volumes) {
            jobs.add(v.job());
            for (Case c : v.cases()) {
                Runnable single = singles.remove(c.slug());
                if (single != null) {
                    jobs.add(single);
                }
            }
        }
        jobs.addAll(singles.values());
        runAll(jobs);
        return written.get();
    }

    /** A collection volume's job and its cases. */
    private record Volume(Runnable job, List<Case> cases) {
    }

    /**
     * Runs the documents on one thread per core, taken one at a time from a shared queue, so no core
     * idles while another finishes a long one. (A parallel stream would hand out the list in chunks,
     * putting most collections into one chunk on one core.) Each document is written on its own: the
     * order they finish in changes no byte.
     */
    private static void runAll(List<Runnable> jobs) {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "casebook-word");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            jobs.forEach(j -> done.add(pool.submit(j)));
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the build is being stopped: a half-written site must not count as done
            throw new IllegalStateException("interrupted while writing the Word documents", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // write() reports every failure of a document itself; anything else is a bug, not a bad input
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The title of a collection's cover: 全部案例汇编, or 洋浦经济开发区案例汇编. */
    public static String collectionTitle(Map<String, String> strings, Term term) {
        return term == null ? strings.getOrDefault("print_all", "print_all")
                : strings.getOrDefault("collection_term_title", "{0}").replace("{0}", term.name());
    }

    private static void planCollection(List<Volume> plan, WordBook book, Fragments fragments, DocumentInputs inputs,
            Map<String, String> strings,
            KnowledgeBase kb,
            Term term, List<Case> cases, LocalDate date, PageSink sink, Diagnostics diags, AtomicInteger written,
            Predicate<String> wanted) {
        String page = SitePaths.collection(term);
        List<SitePaths.VolumeRange> ranges = SitePaths.volumes(cases.size());
        int volumes = ranges.size();
        String title = collectionTitle(strings, term);
        LocalDate dated = KnowledgeBase.newestDate(cases).orElse(date);
        for (SitePaths.VolumeRange range : ranges) {
            int v = range.number();
            String path = SitePaths.collectionWord(page, v);
            if (!wanted.test(path)) {
                continue;
            }
            int first = range.from();
            List<Case> part = cases.subList(range.from(), range.to());
            String volumeLine = volumes == 1 ? "" : strings.getOrDefault("print_volume", "")
                    .replace("{0}", String.valueOf(v)).replace("{1}", String.valueOf(first + 1))
                    .replace("{2}", String.valueOf(range.to())).replace("{3}", String.valueOf(volumes));
            WordBook.Cover cover = new WordBook.Cover(title, kb.config().presentation().organization(), dated,
                    cases.size(), volumeLine);
            part.forEach(c -> fragments.use(c.slug()));
            plan.add(new Volume(() -> write(sink, path, inputs.volume(cover, first + 1, part), diags, written,
                    () -> book.collection(cover, part, first + 1, c -> fragments.get(c.slug())),
                    () -> part.forEach(c -> fragments.release(c.slug()))), part));
        }
    }

    private interface Document {
        byte[] bytes() throws IOException;
    }

    /** Makes and writes a document, unless the site keeps it as the last build made it; then lets its fragments go. */
    private static void write(PageSink sink, String path, java.util.function.Supplier<long[]> inputs, Diagnostics diags,
            AtomicInteger written,
            Document doc, Runnable done) {
        try {
            sink.make(path, inputs, doc::bytes);
            written.incrementAndGet();
        } catch (IOException e) {
            org.casebook.io.WriteFailure.report(diags, path, e);
        } catch (RuntimeException e) {
            // one document that cannot be made (a picture unreadable since it was measured) fails the build, with its path
            diags.error(SourcePos.of(path), "io.write", path, e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            done.run();
        }
    }
}
