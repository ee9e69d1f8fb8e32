package org.casebook.render.page;

import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Where each kind of page lives in the site; every path names a file, never a folder. Public because
 * the Word documents ({@code org.casebook.word}) are written beside the pages.
 */
public final class SitePaths {

    private SitePaths() {
    }

    public static String home() {
        return "index.html";
    }

    private static final String CASE_PAGE_FOLDER = "cases/";
    private static final String CASE_PAGE_FILE = "/index.html";

    public static String casePage(String slug) {
        return CASE_PAGE_FOLDER + slug + CASE_PAGE_FILE;
    }

    /**
     * The case whose page {@code path} (a site path, decoded, without a query or fragment) is: the
     * reverse of {@link #casePage}, for outputs that put several cases in one document and point a
     * link to one of them at its place inside.
     */
    public static java.util.Optional<String> caseOf(String path) {
        String prefix = CASE_PAGE_FOLDER;
        String suffix = CASE_PAGE_FILE;
        if (!path.startsWith(prefix) || !path.endsWith(suffix) || path.length() <= prefix.length() + suffix.length()) {
            return java.util.Optional.empty();
        }
        String slug = path.substring(prefix.length(), path.length() - suffix.length());
        // cases/page/2/index.html is a page of the list of cases, not a case
        return slug.indexOf('/') >= 0 ? java.util.Optional.empty() : java.util.Optional.of(slug);
    }

    /** The search page: at the root, where every page's search box sends {@code q}. */
    public static String search() {
        return "search.html";
    }

    public static String allCases(int page) {
        return page <= 1 ? "cases/index.html" : "cases/page/" + page + "/index.html";
    }

    /** The contributor guide: how to write a case, the fields, the terms, the common errors. */
    public static String guide() {
        return "guide/index.html";
    }

    /** How to subscribe: every feed of the site, in words a reader who never used a feed follows. */
    public static String feeds() {
        return "feeds/index.html";
    }

    public static String taxonomy(TaxonomyKind kind) {
        return kind.key() + "/index.html";
    }

    public static String term(Term term, int page) {
        String base = term.kind().key() + "/" + term.slug() + "/";
        return page <= 1 ? base + "index.html" : base + "page/" + page + "/index.html";
    }

    /** A case as a Word document, beside its page. */
    public static String caseWord(String slug) {
        return "cases/" + slug + "/" + slug + ".docx";
    }

    /** A printable collection's page (volume 1): all cases, or one term's cases. */
    public static String collection(Term term) {
        return term == null ? "print/all/index.html" : "print/" + term.kind().key() + "/" + term.slug() + "/index.html";
    }

    /**
     * Volume {@code volume} of a collection as a Word document, in the collection's folder, named as the
     * folder is ({@code print/park/yangpu/yangpu.docx}): the same volumes as the printable page (a volume
     * of more than {@link #VOLUME_SIZE} cases is never made). Opened from a file share, a browser saves a
     * download under its file's own name, so every booklet needs a name of its own.
     */
    public static String collectionWord(String collectionPath, int volume) {
        String folder = collectionPath.substring(0, collectionPath.length() - "index.html".length());
        String inFolder = folder.substring(0, folder.length() - 1);
        String name = inFolder.substring(inFolder.lastIndexOf('/') + 1);
        return folder + name + (volume <= 1 ? "" : "-" + volume) + ".docx";
    }

    /**
     * Cases per volume of a collection, printed or in Word. A collection of every case of a large
     * knowledge base would be one page (or document) of hundreds of megabytes that nothing opens,
     * let alone prints; a volume of this many cases is a booklet of a few hundred A4 pages.
     */
    public static final int VOLUME_SIZE = 200;

    /** Volume {@code number} (from 1) of a collection: its cases {@code from} (inclusive) to {@code to} (exclusive), from 0. */
    public record VolumeRange(int number, int from, int to) {
    }

    /**
     * How a collection of {@code count} cases is split into volumes: one definition for the printable
     * pages and the Word documents, so a volume holds the same cases in both. An empty collection is
     * one empty volume.
     */
    public static java.util.List<VolumeRange> volumes(int count) {
        int n = Math.max(1, (count + VOLUME_SIZE - 1) / VOLUME_SIZE);
        java.util.List<VolumeRange> out = new java.util.ArrayList<>(n);
        for (int v = 1; v <= n; v++) {
            out.add(new VolumeRange(v, Math.min(count, (v - 1) * VOLUME_SIZE), Math.min(count, v * VOLUME_SIZE)));
        }
        return java.util.List.copyOf(out);
    }

    /** "../" once per folder level of {@code path}: the way from that page back to the site root. */
    public static String rootOf(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
