package org.casebook.render;

import java.net.URI;
import java.net.URISyntaxException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves a case body rendered for its own page into another page (a printed collection): relative
 * links are re-pointed from the case page's folder to the new page's, and ids get a per-case prefix
 * so that many bodies on one page never share an id (in-page links follow the new ids).
 */
final class BodyRelinker {

    private static final URI SITE = URI.create("http://site.invalid/");

    private BodyRelinker() {
    }

    static String relink(String html, String casePath, String pagePath, String idPrefix) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        URI from = SITE.resolve(casePath);
        String up = SitePaths.rootOf(pagePath);
        for (Element e : doc.select("[id]")) {
            e.attr("id", idPrefix + e.attr("id"));
        }
        for (Element e : doc.select("[href], [src]")) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String v = e.attr(attr);
            if (v.startsWith("#")) {
                e.attr(attr, v.length() > 1 ? "#" + idPrefix + v.substring(1) : v);
                continue;
            }
            try {
                URI u = new URI(v);
                if (u.isAbsolute() || v.startsWith("//") || v.startsWith("/")) {
                    continue;
                }
                URI resolved = from.resolve(u);
                String sitePath = resolved.getRawPath().substring(1)
                        + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                        + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
                e.attr(attr, up + sitePath);
            } catch (URISyntaxException ex) {
                // a link the Markdown stage already reported; leave it as it was
            }
        }
        return doc.body().html();
    }
}
