package org.casebook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Static proof that a built site can run no script but the theme's own: every page is parsed as a
 * browser would and searched for script elements, event handlers, style, frames and embedded objects,
 * and URLs whose scheme (read the way a browser reads it) is not http, https, mailto or relative.
 */
public final class SiteSafety {

    /** Elements that run or load active content, or rewrite the page's URLs. */
    private static final Set<String> ACTIVE = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "svg", "math", "style", "link", "meta", "template", "noscript", "portal", "video", "audio", "source");
    private static final Set<String> URL_ATTRS = Set.of("href", "src", "action", "formaction", "poster", "cite",
            "background", "data", "xlink:href", "srcset", "ping", "longdesc", "codebase", "manifest");
    private static final Set<String> OK_SCHEMES = Set.of("http", "https", "mailto");

    private SiteSafety() {
    }

    /** Every problem found in the site's HTML and script files; empty when the site is safe. */
    public static List<String> problems(Path site) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (rel.endsWith(".html")) {
                    page(rel, Files.readString(f, StandardCharsets.UTF_8), out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void page(String rel, String html, List<String> out) {
        Document doc = Jsoup.parse(html, "https://casebook.invalid/" + rel);
        for (Element el : doc.getAllElements()) {
            String tag = el.normalName();
            boolean themeHead = (tag.equals("link") && Set.of("stylesheet", "icon").contains(el.attr("rel"))
                    && isThemeAsset(el.attr("href")))
                    || (tag.equals("link") && el.attr("rel").equals("alternate") && isGeneratedFeed(el.attr("href")))
                    || (tag.equals("link") && el.attr("rel").equals("canonical") && el.attr("href").matches("https?://[^\\s\"'<>]+"))
                    // search.html fetches the search index's entry with the page; search.js runs it (see below)
                    || (tag.equals("link") && el.attr("rel").equals("preload") && el.attr("as").equals("script")
                            && rel.equals("search.html") && el.attr("href").equals("search/index.js"))
                    || (tag.equals("meta") && !el.hasAttr("http-equiv"))
                    || isDrawnSvg(el);
            if (tag.equals("script") && el.attr("type").equals("application/json")) {
                // data, never run; the escaper must have left no '<' that could close the element
                if (el.data().contains("<") || el.hasAttr("src")) {
                    out.add(rel + ": JSON script element not escaped: " + el.outerHtml());
                }
            } else if (tag.equals("script") && rel.equals("404.html") && isNotFoundRootScript(el)) {
                // the theme's one inline script: it sets the site root as the 404 page's base (layout.ftlh)
                continue;
            } else if (tag.equals("script")) {
                // cases.js is the build's own data file (escaped JSON assigned to one variable), loaded by embed pages;
                // search/index.js the search index's entry (one escaped JSON payload handed to the theme's search.js,
                // held to that by SearchIndexFilesTest), loaded by search.js on search.html
                boolean data = el.attr("src").matches("(\\.\\./)*cases\\.js") || el.attr("src").matches("(\\.\\./)*search/index\\.js");
                if ((!isThemeAsset(el.attr("src")) || !el.attr("src").endsWith(".js")) && !data || !el.data().isBlank()) {
                    out.add(rel + ": <script> not from the theme: " + el.outerHtml());
                }
            } else if (ACTIVE.contains(tag) && !themeHead) {
                out.add(rel + ": active element <" + tag + ">");
            }
            for (Attribute a : el.attributes().asList()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("formaction") || key.equals("srcdoc")) {
                    out.add(rel + ": attribute " + key + " on <" + tag + ">");
                }
                if (URL_ATTRS.contains(key) && !safeUrl(a.getValue())) {
                    out.add(rel + ": unsafe URL in " + key + " of <" + tag + ">: " + a.getValue());
                }
            }
            if (el.attr("target").equalsIgnoreCase("_blank")) {
                String rel2 = " " + el.attr("rel").toLowerCase(Locale.ROOT) + " ";
                if (!rel2.contains(" noopener ") || !rel2.contains(" noreferrer ")) {
                    out.add(rel + ": target=_blank without rel=\"noopener noreferrer\" on <" + tag + ">");
                }
            }
        }
    }

    /**
     * The default theme's 404 root script exactly as layout.ftlh writes it, the base path it is given
     * (from base_url) held to plain URL characters: any other inline script, or this one altered, fails.
     */
    private static final Pattern NOT_FOUND_SCRIPT = notFoundScript();

    private static Pattern notFoundScript() {
        try (var in = SiteSafety.class.getResourceAsStream("/org/casebook/theme/layout.ftlh")) {
            // the script's list of the site's folders names each taxonomy's folder, as the template lists them
            String layout = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(
                    "<#list site.taxonomies as tax>${tax.key}|</#list>",
                    String.join("|", org.casebook.taxonomy.TaxonomyKind.keys()) + "|");
            int from = layout.indexOf("<script>(function () {");
            String[] parts = from < 0 ? new String[0] : layout.substring(from + "<script>".length(),
                    layout.indexOf("</script>", from)).split(Pattern.quote("${.data_model.page.basePath}"), -1);
            if (parts.length != 2) {
                throw new IllegalStateException("layout.ftlh no longer holds the 404 root script this check knows");
            }
            return Pattern.compile(Pattern.quote(parts[0]) + "(/[A-Za-z0-9._~%/-]*)?" + Pattern.quote(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNotFoundRootScript(Element el) {
        return !el.hasAttr("src") && el.attributes().size() == 0 && el.parent() != null
                && el.parent().normalName().equals("head") && NOT_FOUND_SCRIPT.matcher(el.data()).matches();
    }

    /** The site's own feeds, linked from every page's head for discovery: data files, never run. */
    private static boolean isGeneratedFeed(String href) {
        return href.matches("(\\.\\./)*feeds/[a-z0-9._/-]+\\.(xml|json)");
    }

    /**
     * Charts and QR codes the build draws (class chart or qr): only shapes, text, title and desc, no
     * links, no foreign content, no event or style attributes (those are flagged separately anyway).
     */
    private static boolean isDrawnSvg(Element el) {
        if (!el.normalName().equals("svg") || !(el.hasClass("chart") || el.hasClass("qr"))) {
            return false;
        }
        for (Element child : el.getAllElements()) {
            if (child != el && !Set.of("title", "desc", "rect", "path", "text").contains(child.normalName())) {
                return false;
            }
            if (child.attributes().asList().stream().anyMatch(x -> x.getKey().toLowerCase(Locale.ROOT).contains("href"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isThemeAsset(String src) {
        return src.matches("(\\.\\./)*assets/[a-z0-9._/-]+\\.(js|css|svg|png|ico)");
    }

    /**
     * The scheme as a browser reads it: leading/trailing C0 controls and spaces trimmed, tabs and
     * newlines removed anywhere, then letters up to the first colon.
     */
    static boolean safeUrl(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c != '\t' && c != '\n' && c != '\r') {
                sb.append(c);
            }
        }
        String u = sb.toString().replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        int colon = u.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String before = u.substring(0, colon);
        if (!before.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return true; // a path or query that happens to hold a colon
        }
        return OK_SCHEMES.contains(before.toLowerCase(Locale.ROOT));
    }
}
