package org.casebook.engine;

import java.util.List;

/**
 * Every output of a site, in the order a build writes them. A new output is one class implementing
 * {@link SiteOutput} and one line here; the preview serves it through the same interface.
 */
public final class Outputs {

    public static final List<SiteOutput> ALL = List.of(
            new PagesOutput(),          // home, case pages, listings, taxonomy and term pages, guide, search, 404
            new AttachmentsOutput(),    // images and files beside the cases that their bodies link to
            new AssetsOutput(),         // the theme's style sheet, scripts and icons
            new LearningOutput(),       // coverage matrix, learning pairs, statistics, collections, embeds
            new FeedsOutput(),          // Atom and JSON feeds, cases.json, matrix data, sitemap, robots.txt
            new WordOutput(),           // every case and every collection as a .docx
            new SearchIndexOutput());   // the sharded search index

    private Outputs() {
    }
}
