package org.casebook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that contains raw HTML from a contributor. Markdown's own output is safe by
 * construction (text escaped, link schemes checked), so only bodies that contain raw HTML pay for
 * this step. The safelist keeps what flexmark emits (tables, footnotes, task lists, heading ids)
 * and drops every script, handler, style and unknown scheme.
 */
final class HtmlCleaner {

    /** jsoup resolves relative links against a base before it checks their scheme; this one never leaves the page. */
    private static final String BASE = "https://casebook.invalid/cases/page/";

    private final Cleaner cleaner = new Cleaner(safelist());

    String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    static Safelist safelist() {
        return Safelist.relaxed()
                .removeProtocols("a", "href", "ftp")
                .addTags("del", "s", "ins", "mark", "hr", "input", "details", "summary", "figure", "figcaption", "abbr")
                .addAttributes(":all", "id", "class", "lang", "dir")
                .addAttributes("a", "title")
                .addAttributes("abbr", "title")
                .addAttributes("input", "type", "checked", "disabled", "readonly")
                .addAttributes("details", "open")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
    }
}
