package org.casebook.render.output;

import java.util.HashSet;
import java.util.Set;
import org.casebook.insight.Insight;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.page.Redirects;
import org.casebook.render.page.SiteRenderer;

/** Feeds, data files and crawler files, written through the page renderer that wrote the pages. */
public final class DataOutputs {

    private DataOutputs() {
    }

    /** Writes them all; call it last, so the sitemap sees every page written. */
    public static void write(SiteRenderer r, KnowledgeBase kb, Insight insight) {
        SiteUrls urls = new SiteUrls(kb.config().baseUrl());
        FeedWriter feeds = new FeedWriter(kb, urls, r.uiStrings());
        feeds.feeds().forEach(r::data);
        String cases = DataFiles.casesJson(kb, urls, DataFiles.widgetStrings(r));
        r.data(DataFiles.CASES_JSON, cases);
        r.data(DataFiles.CASES_JS, DataFiles.casesScript(cases));
        for (var m : insight.coverage()) {
            r.data(LearningPages.matrixData(m, "csv"),
                    DataFiles.matrixCsv(m, r.kindName(m.rowKind()), r.string("matrix_total")));
            r.data(LearningPages.matrixData(m, "json"), DataFiles.matrixJson(m));
        }
        Set<String> redirects = new HashSet<>();
        Redirects.of(kb).forEach(x -> redirects.add(x.path()));
        feeds.sitemap(r.writtenPages().stream()
                .filter(p -> !p.equals("404.html") && !p.startsWith("embed/") && !redirects.contains(p)).toList())
                .ifPresent(x -> r.data("sitemap.xml", x));
        feeds.robots().ifPresent(x -> r.data("robots.txt", x));
    }
}
