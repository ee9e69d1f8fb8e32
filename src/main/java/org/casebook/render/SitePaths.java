package org.casebook.render;

import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/** Where each kind of page lives in the site; every path names a file, never a folder. */
final class SitePaths {

    private SitePaths() {
    }

    public static String home() {
        return "index.html";
    }

    public static String casePage(String slug) {
        return "cases/" + slug + "/index.html";
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

    public static String taxonomy(TaxonomyKind kind) {
        return kind.key() + "/index.html";
    }

    public static String term(Term term, int page) {
        String base = term.kind().key() + "/" + term.slug() + "/";
        return page <= 1 ? base + "index.html" : base + "page/" + page + "/index.html";
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
