package org.casebook.render.output;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.casebook.render.page.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves a case body rendered for its own page into another page (a printed collection): relative
 * links are re-pointed from the case page's folder to the new page's, and ids get a per-case prefix
 * so that many bodies on one page never share an id (in-page links follow the new ids). A link to
 * the page of a case the new page holds as well goes to that case's place on it ({@link Held}): in a
 * printed booklet the reader is sent to the case's section, not away to the web.
 *
 * <p>Every body reaches a collection three or four times (all cases, its park, each theme), so a
 * full HTML parse per copy was a quarter of a 10,000-case build. Bodies come from our own
 * serialisers (flexmark, or jsoup after cleaning), whose markup is regular: a '&lt;' in text is
 * always escaped, attribute values are quoted. A scan over the tags rewrites the three attributes
 * that matter in place; anything it does not expect (an entity in a value it would rewrite, an
 * unquoted value, an odd '&lt;') sends the body through the jsoup parse instead.
 */
final class BodyRelinker {

    private static final URI SITE = URI.create("http://site.invalid/");

    private BodyRelinker() {
    }

    /** The cases the new page holds, each at an in-page target. */
    interface Held {
        /** Holds none: every link to a case page stays one. */
        Held NONE = (slug, fragment) -> null;

        /**
         * The id (without '#') a link to case {@code slug}'s page, at {@code fragment} (raw, null for
         * none), goes to on the new page; null when the page does not hold that case.
         */
        String target(String slug, String fragment);
    }

    static String relink(String html, String casePath, String pagePath, String idPrefix) {
        return relink(html, casePath, pagePath, idPrefix, Held.NONE);
    }

    static String relink(String html, String casePath, String pagePath, String idPrefix, Held held) {
        Rewrite rewrite = new Rewrite(SITE.resolve(casePath), SitePaths.rootOf(pagePath), idPrefix, held);
        return TagScan.relink(html, rewrite).orElseGet(() -> parsed(html, rewrite));
    }

    /** The jsoup route, for markup the tag scan does not vouch for. */
    static String parsed(String html, Rewrite rewrite) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.select("[id]")) {
            e.attr("id", rewrite.id(e.attr("id")));
        }
        for (Element e : doc.select("[href], [src]")) {
            for (String attr : new String[] {"href", "src"}) {
                if (e.hasAttr(attr)) {
                    e.attr(attr, rewrite.link(e.attr(attr)));
                }
            }
        }
        return doc.body().html();
    }

    /** How one body's ids and links change on the way to the new page. */
    record Rewrite(URI from, String up, String idPrefix, Held held) {

        String id(String id) {
            return idPrefix + id;
        }

        String link(String v) {
            if (v.startsWith("#")) {
                return v.length() > 1 ? "#" + idPrefix + v.substring(1) : v;
            }
            try {
                URI u = new URI(v);
                if (u.isAbsolute() || v.startsWith("//") || v.startsWith("/")) {
                    return v;
                }
                URI resolved = from.resolve(u);
                String inPage = resolved.getRawQuery() != null ? null : SitePaths.caseOf(resolved.getPath().substring(1))
                        .map(slug -> held.target(slug, resolved.getRawFragment())).orElse(null);
                if (inPage != null) {
                    return "#" + inPage;
                }
                return up + resolved.getRawPath().substring(1)
                        + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                        + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
            } catch (URISyntaxException ex) {
                // a link the Markdown stage already reported; leave it as it was
                return v;
            }
        }
    }

    /** The tag scan: text copied as it is, start tags read attribute by attribute. */
    static final class TagScan {

        private final String html;
        private final Rewrite rewrite;
        private final StringBuilder out;
        private int i;

        private TagScan(String html, Rewrite rewrite) {
            this.html = html;
            this.rewrite = rewrite;
            this.out = new StringBuilder(html.length() + 256);
        }

        /** The relinked body, or empty when the markup is not what our serialisers write. */
        static Optional<String> relink(String html, Rewrite rewrite) {
            TagScan scan = new TagScan(html, rewrite);
            return scan.run() ? Optional.of(scan.out.toString()) : Optional.empty();
        }

        private boolean run() {
            int n = html.length();
            while (i < n) {
                int lt = html.indexOf('<', i);
                if (lt < 0) {
                    out.append(html, i, n);
                    return true;
                }
                out.append(html, i, lt);
                i = lt;
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    if (end < 0) {
                        return false;
                    }
                    out.append(html, i, end + 3);
                    i = end + 3;
                } else if (i + 1 < n && html.charAt(i + 1) == '/') {
                    int end = html.indexOf('>', i);
                    if (end < 0) {
                        return false;
                    }
                    out.append(html, i, end + 1);
                    i = end + 1;
                } else if (i + 1 < n && isAsciiLetter(html.charAt(i + 1))) {
                    if (!startTag()) {
                        return false;
                    }
                } else {
                    return false;
                }
            }
            return true;
        }

        /** Copies one start tag from {@code i}, rewriting id, href and src; false on anything irregular. */
        private boolean startTag() {
            int n = html.length();
            int p = i + 1;
            while (p < n && isNameChar(html.charAt(p))) {
                p++;
            }
            out.append(html, i, p);
            while (true) {
                int ws = p;
                while (p < n && Character.isWhitespace(html.charAt(p))) {
                    p++;
                }
                if (p >= n) {
                    return false;
                }
                char c = html.charAt(p);
                if (c == '>' || html.startsWith("/>", p)) {
                    int end = c == '>' ? p + 1 : p + 2;
                    out.append(html, ws, end);
                    i = end;
                    return true;
                }
                if (p == ws) {
                    return false;
                }
                int nameStart = p;
                while (p < n && isNameChar(html.charAt(p))) {
                    p++;
                }
                if (p == nameStart) {
                    return false;
                }
                String name = html.substring(nameStart, p);
                if (p >= n || html.charAt(p) != '=') {
                    // an attribute without a value (e.g. checked): copied as it is
                    out.append(html, ws, p);
                    continue;
                }
                char quote = p + 1 < n ? html.charAt(p + 1) : 0;
                if (quote != '"' && quote != '\'') {
                    return false;
                }
                int valueStart = p + 2;
                int valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0) {
                    return false;
                }
                String value = html.substring(valueStart, valueEnd);
                String rewritten = value;
                if (name.equalsIgnoreCase("id")) {
                    rewritten = rewrite.id(value);
                } else if (name.equalsIgnoreCase("href") || name.equalsIgnoreCase("src")) {
                    rewritten = rewrite.link(value);
                }
                if (!rewritten.equals(value) && (value.indexOf('&') >= 0 || rewritten.indexOf(quote) >= 0
                        || rewritten.indexOf('&') >= 0)) {
                    // entities would need decoding and re-encoding: leave that to the parser
                    return false;
                }
                out.append(html, ws, valueStart).append(rewritten).append(quote);
                p = valueEnd + 1;
            }
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isNameChar(char c) {
            return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '.';
        }
    }
}
