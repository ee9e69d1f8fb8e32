package org.casebook.word;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casebook.cache.CacheKey;
import org.casebook.cache.Fingerprint;
import org.casebook.config.Presentation;
import org.casebook.kb.Case;
import org.casebook.render.markdown.Attachment;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Digests of everything a Word document is made from, so that a build can keep the documents the
 * last build made from the same inputs ({@link org.casebook.io.PageSink#keep}) without converting or
 * compressing them again. Shared by all documents: the code, the site's title, the UI strings, the
 * presentation settings and every file the bodies may link to (by content: a changed picture makes
 * every document again, which is rare and always safe). Per case: its facts, terms, rendered body
 * and the date its document carries. A collection volume adds its cover (with its date), its first
 * number and its cases in order.
 */
final class DocumentInputs {

    private final Function<Case, String> bodyPrints;
    private final Map<String, byte[]> cases = new ConcurrentHashMap<>();
    /** What every document shares; made on first use, so a build whose sink keeps nothing reads no picture for it. */
    private final Supplier<byte[]> common;

    DocumentInputs(String codeVersion, String siteTitle, Map<String, String> strings, Presentation presentation,
            Map<String, Attachment> attachments, Function<Case, String> bodyPrints) {
        this.bodyPrints = bodyPrints;
        this.common = once(() -> {
            CacheKey key = new CacheKey().add("word").add(codeVersion).add(siteTitle).add(presentation.toString());
            new TreeMap<>(strings).forEach((k, v) -> key.add(k).add(v));
            new TreeMap<>(attachments).forEach((path, a) -> key.add(path).add(a.source().toString()).add(content(a)));
            return key.bytes();
        });
    }

    /** A case on its own, dated {@code date}, worked out when asked for. */
    Supplier<long[]> single(Case c, LocalDate date) {
        return () -> new CacheKey().add(common.get()).add("single").add(String.valueOf(date)).add(of(c)).longs();
    }

    /** A collection volume: its cover, the number of its first case and its cases in order; worked out when asked for. */
    Supplier<long[]> volume(WordBook.Cover cover, int firstNumber, List<Case> part) {
        return () -> volumeNow(cover, firstNumber, part);
    }

    private long[] volumeNow(WordBook.Cover cover, int firstNumber, List<Case> part) {
        CacheKey key = new CacheKey().add(common.get()).add("volume").add(cover.title()).add(cover.organization())
                .add(String.valueOf(cover.date())).add(cover.total()).add(cover.volumeLine()).add(firstNumber)
                .add(part.size());
        part.forEach(c -> key.add(of(c)));
        return key.longs();
    }

    private byte[] of(Case c) {
        return cases.computeIfAbsent(c.slug(), slug -> {
            CacheKey key = new CacheKey().add(slug).add(c.title()).add(String.valueOf(c.date().orElse(null)))
                    .add(c.unit()).add(c.summary());
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                key.add(kind.key()).add(c.terms(kind).size());
                c.terms(kind).stream().map(Term::name).forEach(key::add);
            }
            return key.add(bodyPrints.apply(c)).bytes();
        });
    }

    private static byte[] content(Attachment a) {
        try {
            long[] f = Fingerprint.of(Files.readAllBytes(a.source()));
            return ByteBuffer.allocate(16).putLong(f[0]).putLong(f[1]).array();
        } catch (IOException e) {
            return new byte[0]; // the document that embeds it reports it when it is made
        }
    }

    /** {@code make}, run on the first call only. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
