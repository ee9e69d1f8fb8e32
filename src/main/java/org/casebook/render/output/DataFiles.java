package org.casebook.render.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.insight.CoverageMatrix;
import org.casebook.io.Json;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.page.SitePaths;
import org.casebook.render.page.SiteRenderer;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * The site's machine-readable data: {@code cases.json} (every published case's metadata, the data API
 * for portals), {@code cases.js} (the same data as a script, so embed pages and the widget can load it
 * from {@code file://} and across origins without CORS), and each coverage matrix as CSV and JSON.
 */
final class DataFiles {

    static final String CASES_JSON = "cases.json";
    static final String CASES_JS = "cases.js";

    private DataFiles() {
    }

    static String casesJson(KnowledgeBase kb, SiteUrls urls, Map<String, Object> widget) {
        return Json.compact(casesData(kb, urls, widget));
    }

    /**
     * The widget's words in the site's language (theme bundle keys widget_* and embed_valid*): the
     * widget runs in a portal's page, not one of ours, so it reads them with the data. Each keeps its
     * {0}, {1}… for the widget to fill; {@code kinds} names each taxonomy.
     */
    static Map<String, Object> widgetStrings(SiteRenderer r) {
        Map<String, Object> widget = new LinkedHashMap<>();
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            kinds.put(kind.key(), r.kindName(kind));
        }
        widget.put("kinds", kinds);
        widget.put("unknown", r.string("widget_unknown"));
        widget.put("unknown_name", r.string("widget_unknown_name"));
        widget.put("unknown_kind", r.string("widget_unknown_kind"));
        widget.put("no_script", r.string("widget_no_script"));
        widget.put("valid", r.string("embed_valid"));
        widget.put("valid_item", r.string("embed_valid_item"));
        widget.put("valid_sep", r.string("embed_valid_sep"));
        return widget;
    }

    /**
     * A script defining {@code window.casebookData} as {@code casesJson}, the text of cases.json; Json
     * escapes {@code < > &} and U+2028/9 so it cannot break out.
     */
    static String casesScript(String casesJson) {
        // filed under the script's own address too: a portal may load two sites' data into one page
        return "/* Casebook data for embed pages and the widget; the same as cases.json. */\nwindow.casebookData = "
                + casesJson.strip() + ";\n(window.casebookSites = window.casebookSites || {})"
                + "[document.currentScript ? document.currentScript.src : ''] = window.casebookData;\n";
    }

    static Map<String, Object> casesData(KnowledgeBase kb, SiteUrls urls, Map<String, Object> widget) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("title", kb.config().title());
        root.put("description", kb.config().description());
        root.put("language", kb.config().language());
        root.put("base_url", urls.baseUrl().orElse(null));
        Map<String, Object> taxonomies = new LinkedHashMap<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            List<Object> terms = new ArrayList<>();
            for (Term t : kb.vocabulary().terms(kind)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("slug", t.slug());
                m.put("name", t.name());
                m.put("path", SitePaths.term(t, 1));
                m.put("count", (int) kb.casesFor(t).stream().filter(c -> !c.draft()).count());
                terms.add(m);
            }
            taxonomies.put(kind.key(), terms);
        }
        root.put("taxonomies", taxonomies);
        List<Object> cases = new ArrayList<>();
        for (Case c : kb.cases()) {
            if (c.draft()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slug", c.slug());
            m.put("title", c.title());
            m.put("url", urls.absolute(SitePaths.casePage(c.slug())).orElse(SitePaths.casePage(c.slug())));
            m.put("path", SitePaths.casePage(c.slug()));
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                List<Object> terms = new ArrayList<>();
                for (Term t : c.terms(kind)) {
                    Map<String, Object> tm = new LinkedHashMap<>();
                    tm.put("slug", t.slug());
                    tm.put("name", t.name());
                    terms.add(tm);
                }
                m.put(kind.key(), terms);
            }
            m.put("date", c.date().map(Object::toString).orElse(null));
            // the date as the site's pages write it (date_format), for embed pages and the widget
            m.put("date_text", c.date().map(kb.config().presentation()::format).orElse(null));
            m.put("unit", c.unit());
            m.put("summary", c.summary());
            m.put("keywords", c.keywords());
            cases.add(m);
        }
        root.put("cases", cases);
        root.put("widget", widget);
        return root;
    }

    static String matrixJson(CoverageMatrix m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rows", m.rowKind().key());
        root.put("columns", m.columnKind().key());
        root.put("row_terms", terms(m.rows()));
        root.put("column_terms", terms(m.columns()));
        List<Object> counts = new ArrayList<>();
        for (int i = 0; i < m.rows().size(); i++) {
            counts.add(m.row(i));
        }
        root.put("counts", counts);
        return Json.write(root);
    }

    private static List<Object> terms(List<Term> terms) {
        List<Object> list = new ArrayList<>();
        for (Term t : terms) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("slug", t.slug());
            tm.put("name", t.name());
            list.add(tm);
        }
        return list;
    }

    /**
     * RFC 4180 CSV with a UTF-8 byte order mark, which Excel needs to read Chinese correctly. Columns:
     * slug, the row term's name, one column per column term, and the row term's number of cases.
     */
    static String matrixCsv(CoverageMatrix m, String rowHeader, String totalHeader) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("slug", rowHeader));
        m.columns().forEach(t -> header.add(t.name()));
        header.add(totalHeader);
        line(sb, header);
        for (int i = 0; i < m.rows().size(); i++) {
            Term row = m.rows().get(i);
            List<String> cells = new ArrayList<>(List.of(row.slug(), row.name()));
            for (int v : m.row(i)) {
                cells.add(String.valueOf(v));
            }
            cells.add(String.valueOf(m.cases(i)));
            line(sb, cells);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }
}
