package org.casebook.render.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.casebook.cache.CacheKey;
import org.casebook.cache.Fingerprint;
import org.casebook.render.markdown.RenderedBody;

/**
 * Digests of everything a page is made from, so that a build can keep the pages the last build made
 * from the same inputs ({@link org.casebook.io.PageSink#keep}) without rendering them. Shared by
 * every page: the code (which holds the built-in theme), the knowledge base's own theme files
 * (templates, UI strings, assets) and the site as pages see it (settings and language, taxonomies
 * with their terms); the UI strings follow from these. The site's counts (cases, and cases per
 * term) are inputs only of the pages whose templates show them, so that an added case does not
 * make every page again: the built-in theme's home page ({@link #SITE_COUNTS}; the all-cases
 * listing and a term's page carry their counts in their views, on their first pages only),
 * and every page when the knowledge base has templates of its own, which may show them anywhere.
 * Per page: its path, template, kind and every field of its view, a case page's written out by
 * hand (there are thousands, each with its body), any other page's walked field by field. A digest
 * of the view's parts, not of the rendered page: making it costs a fraction of rendering.
 */
final class PageInputs {

    /** The built-in templates that read the site's counts ({@code site.caseCount}, a term's {@code count} in {@code site.taxonomies}). */
    static final java.util.Set<String> SITE_COUNTS = java.util.Set.of("index.ftlh");

    /** What every page shares, as the hex of its SHA-256 (worked out once). */
    private final String common;
    /** {@link #common} and the site's counts: what the pages that show them share. */
    private final String counted;
    /** Whether every page sees the counts: the knowledge base's own templates may show them anywhere. */
    private final boolean ownTemplates;
    private final String codeVersion;
    /** See {@link #cardPrint}. */
    private final java.util.concurrent.ConcurrentHashMap<Views.CaseCard, String> cards = new java.util.concurrent.ConcurrentHashMap<>();

    PageInputs(String codeVersion, Theme theme, Views.Site site) {
        this.codeVersion = codeVersion;
        CacheKey key = new CacheKey().add("pages").add(codeVersion);
        theme.overrideDir().ifPresent(dir -> themeFiles(dir, key));
        key.add("site").add(site.title()).add(text(site.description())).add(site.language())
                .add(site.version()).add(text(site.baseUrl())).add(text(site.organization())).add(text(site.footerNote()))
                .add(String.valueOf(site.extra()));
        CacheKey counts = new CacheKey().add("counts").add(site.caseCount());
        for (Views.Taxonomy t : site.taxonomies()) {
            key.add(t.key()).add(t.name()).add(t.path()).add(t.required() + "/" + t.printed() + "/" + t.place());
            key.add(t.terms().size());
            for (Views.TermLink l : t.terms()) {
                key.add(l.kind()).add(l.name()).add(l.slug()).add(l.path()).add(text(l.description()))
                        .add(l.aliases().size());
                l.aliases().forEach(a -> key.add(text(a)));
                counts.add(l.count());
            }
        }
        this.common = CacheKey.hex(key.bytes());
        this.counted = common + CacheKey.hex(counts.bytes());
        this.ownTemplates = theme.overrideDir().isPresent();
    }

    String codeVersion() {
        return codeVersion;
    }

    /** What the page of {@code template} shares with the others: with the site's counts when it may show them. */
    private String shared(String template) {
        return ownTemplates || SITE_COUNTS.contains(template) ? counted : common;
    }

    /** The inputs of a case's page; {@code bodyPrint}, its body's ({@link SiteRenderer#bodyPrint}). */
    long[] casePage(SiteRenderer.PlannedPage p, String bodyPrint) {
        Views.Page page = p.model();
        Views.CasePage v = (Views.CasePage) page.page();
        Key key = new Key().add(shared(p.template())).add(p.path()).add(p.template()).add(page.kind()).add(page.root());
        card(key, v.card());
        key.add(bodyPrint);
        key.add(v.toc().size());
        for (RenderedBody.Heading h : v.toc()) {
            key.add(h.level()).add(h.text()).add(h.id());
        }
        strings(key, v.keywords());
        key.add(v.extra().size());
        new TreeMap<>(v.extra()).forEach((k, val) -> key.add(k).add(text(val)));
        card(key, v.previous());
        card(key, v.next());
        key.add(text(v.sourceFile())).add(text(v.wordPath()));
        key.add(v.related().size());
        v.related().forEach(c -> card(key, c));
        return key.longs();
    }

    /**
     * The inputs of any page, its view walked field by field: records, lists, maps, optionals,
     * strings, numbers, booleans and enums. A view holding anything else gets inputs no build ever
     * had again, so such a page is always made: nothing tells two of its values apart.
     */
    long[] page(SiteRenderer.PlannedPage p) {
        Key key = new Key().add(shared(p.template())).add(p.path()).add(p.template()).add(p.model().kind())
                .add(p.model().root());
        if (!walk(p.model().page(), key, 0)) {
            key.add(java.util.UUID.randomUUID().toString());
        }
        return key.longs();
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** Adds {@code o} to {@code key}, each value tagged with its kind; false when it holds something else. */
    private boolean walk(Object o, Key key, int depth) {
        if (depth > 32) {
            return false;
        }
        if (o instanceof Views.CaseCard c) {
            key.add(8);
            card(key, c);
        } else if (o == null) {
            key.add(0);
        } else if (o instanceof String s) {
            key.add(1).add(s);
        } else if (o instanceof Integer || o instanceof Long || o instanceof Boolean) {
            key.add(2).add(o.toString());
        } else if (o instanceof Enum<?> e) {
            key.add(3).add(e.getDeclaringClass().getName()).add(e.name());
        } else if (o instanceof List<?> list) {
            key.add(4).add(list.size());
            for (Object item : list) {
                if (!walk(item, key, depth + 1)) {
                    return false;
                }
            }
        } else if (o instanceof Map<?, ?> map) {
            // a map's own order: the same content in another order only makes the page again
            key.add(5).add(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!walk(e.getKey(), key, depth + 1) || !walk(e.getValue(), key, depth + 1)) {
                    return false;
                }
            }
        } else if (o instanceof Optional<?> opt) {
            key.add(6);
            return walk(opt.orElse(null), key, depth + 1);
        } else if (o.getClass().isRecord()) {
            key.add(7).add(o.getClass().getName());
            for (RecordComponent c : COMPONENTS.get(o.getClass())) {
                Object value;
                try {
                    value = c.getAccessor().invoke(o);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return false;
                }
                if (!walk(value, key, depth + 1)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }

    private void card(Key key, Views.CaseCard c) {
        if (c == null) {
            key.add(-1);
            return;
        }
        key.add(cards.computeIfAbsent(c, PageInputs::cardPrint));
    }

    /**
     * A card's fields, fingerprinted once a build: a case's card is on its own page, its neighbours'
     * and related cases' pages and on every listing of its terms, and there are thousands.
     */
    private static String cardPrint(Views.CaseCard c) {
        Key key = new Key().add(c.slug()).add(c.title()).add(c.path()).add(text(c.date())).add(text(c.dateText()))
                .add(text(c.summary())).add(text(c.unit())).add(c.draft() + "/" + c.internal()).add(c.chips().size());
        for (Views.Chip chip : c.chips()) {
            key.add(chip.kind()).add(chip.kindName()).add(chip.name()).add(chip.path());
        }
        return Fingerprint.hex(key.longs());
    }

    private static void strings(Key key, List<String> list) {
        key.add(list.size());
        list.forEach(s -> key.add(text(s)));
    }

    /** A value that may be absent: absent and empty are told apart. */
    private static String text(String s) {
        return s == null ? "\u0000null" : s;
    }

    /**
     * One page's inputs, each written with its length so that no two different sequences give the
     * same text, then fingerprinted once: SHA-256 over the many short fields of thousands of pages
     * costs seconds under the launcher's C1-only JIT ({@link Fingerprint}).
     */
    private static final class Key {
        private final StringBuilder text = new StringBuilder(1024);

        Key add(String s) {
            text.append(s.length()).append(':').append(s);
            return this;
        }

        Key add(int n) {
            text.append('#').append(n).append(';');
            return this;
        }

        long[] longs() {
            return Fingerprint.of(text.toString());
        }
    }

    /** The knowledge base's own templates, strings and assets, by path and content. */
    private static void themeFiles(Path dir, CacheKey key) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                key.add(dir.relativize(f).toString().replace('\\', '/')).add(Files.readAllBytes(f));
            }
        } catch (IOException | UncheckedIOException e) {
            // unreadable now: a key no earlier build made, so every page is rendered (and the problem reported there)
            key.add("unreadable").add(System.nanoTime());
        }
    }
}
