package org.casebook.render.markdown;

import org.casebook.url.UrlPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that contains raw HTML from a contributor. Markdown's own output is safe by
 * construction (text escaped, link schemes checked), so only bodies that contain raw HTML pay for
 * this step. The safelist keeps what flexmark emits (tables, footnotes, task lists, heading ids)
 * and drops every script, handler, style and unknown scheme. Every element and attribute the
 * cleaner drops is reported as a warning at the line where the contributor wrote it; the cleaned
 * HTML is final (nothing edits it afterwards).
 */
final class HtmlCleaner {

    /** jsoup resolves relative links against a base before it checks their scheme; this one never leaves the page. */
    private static final String BASE = "https://casebook.invalid/cases/page/";
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction", "poster",
            "background", "longdesc", "xlink:href", "data", "codebase", "srcset", "ping");
    private static final int MAX_SHOWN = 80;

    private final Safelist safelist = safelist();
    private final Cleaner cleaner = new Cleaner(safelist);

    /** Cleans without reporting; for HTML that carries no source positions. */
    String clean(String html) {
        return cleanParsed(parse(html));
    }

    /** Cleans the rendered body, reporting each removal at its line in {@code body}. */
    String clean(String html, RawHtmlMap raw, BodySource body, Diagnostics diags) {
        Document dirty = parse(html);
        Set<Finding> findings = new LinkedHashSet<>();
        for (Element el : dirty.body().getAllElements()) {
            if (el == dirty.body() || !raw.isRaw(start(el))) {
                // Markdown's own elements are safe by construction (and were checked as links already)
                continue;
            }
            if (!safelist.isSafeTag(el.normalName())) {
                findings.add(new Finding(body.pos(raw.sourceOffset(start(el))), "html.removed-element", el.normalName(), ""));
                continue;
            }
            for (Attribute attr : el.attributes().asList()) {
                if (safelist.isSafeAttribute(el.tagName(), el, attr)) {
                    if (isLocalReference(attr)) {
                        // kept, but not checked against cases/ nor copied: only Markdown links are
                        findings.add(new Finding(body.pos(raw.sourceOffset(attributeStart(attr, el))), "html.local-link",
                                attr.getKey(), shorten(attr.getValue())));
                    }
                    continue;
                }
                int at = attributeStart(attr, el);
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                boolean url = URL_ATTRIBUTES.contains(key) && !UrlPolicy.isAllowed(attr.getValue());
                findings.add(new Finding(body.pos(raw.sourceOffset(at)), url ? "html.removed-url" : "html.removed-attribute",
                        key, url ? shorten(attr.getValue()) : el.normalName()));
            }
        }
        for (Finding r : findings) {
            diags.warning(r.pos(), r.key(), r.first(), r.second());
        }
        return cleanParsed(dirty);
    }

    private record Finding(SourcePos pos, String key, String first, String second) {
    }

    /** Parses as jsoup's own body-fragment parse does, but keeping each node's offset in the input. */
    private static Document parse(String html) {
        Document doc = Document.createShell(BASE);
        Element body = doc.body();
        List<Node> nodes = Parser.htmlParser().setTrackPosition(true).parseFragmentInput(html, body, BASE);
        for (Node node : nodes.toArray(new Node[0])) {
            node.remove();
            body.appendChild(node);
        }
        return doc;
    }

    private String cleanParsed(Document dirty) {
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static int attributeStart(Attribute attr, Element el) {
        Range.AttributeRange range = attr.sourceRange();
        return range != null && range.nameRange().isTracked() ? range.nameRange().startPos() : start(el);
    }

    /** A relative link or image source in raw HTML: a file path, not a page anchor or another site. */
    private static boolean isLocalReference(Attribute attr) {
        String key = attr.getKey().toLowerCase(Locale.ROOT);
        String v = attr.getValue().strip();
        return (key.equals("href") || key.equals("src")) && !v.isEmpty() && !v.startsWith("#") && !v.startsWith("//")
                && !v.startsWith("\\\\") && UrlPolicy.scheme(v).isEmpty();
    }

    /** The element's offset in the input; implied elements (no tag in the input) borrow their parent's. */
    private static int start(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.sourceRange().isTracked()) {
                return e.sourceRange().startPos();
            }
        }
        return 0;
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "…";
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
