package org.casebook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Proves a built site is self-contained: every {@code href}, {@code src} and CSS {@code url()} is
 * relative and resolves to a file of the site, and every {@code #fragment} to an id on its page.
 */
public final class SiteLinks {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private SiteLinks() {
    }

    /** Problems found, one line each ("page: href → why"); empty when every link is good. */
    public static List<String> problems(Path site) {
        List<String> problems = new ArrayList<>();
        for (String f : SiteTree.files(site)) {
            Path file = site.resolve(f);
            try {
                if (f.endsWith(".html")) {
                    Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
                    for (Element e : doc.select("[href], [src]")) {
                        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                        check(site, file, doc, f, url, problems);
                    }
                } else if (f.endsWith(".css")) {
                    Matcher m = CSS_URL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        if (!m.group(1).startsWith("data:")) {
                            check(site, file, null, f, m.group(1), problems);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }

    private static void check(Path site, Path file, Document doc, String page, String url, List<String> problems) {
        String u = url.strip();
        if (u.isEmpty()) {
            problems.add(page + ": empty link");
            return;
        }
        if (u.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || u.startsWith("//") || u.startsWith("/")) {
            problems.add(page + ": " + u + " → not relative");
            return;
        }
        int hash = u.indexOf('#');
        String path = hash < 0 ? u : u.substring(0, hash);
        String fragment = hash < 0 ? "" : java.net.URLDecoder.decode(u.substring(hash + 1), StandardCharsets.UTF_8);
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        if (path.isEmpty()) {
            if (doc != null && !fragment.isEmpty() && doc.getElementById(fragment) == null) {
                problems.add(page + ": " + u + " → no element with that id");
            }
            return;
        }
        Path target = file.getParent().resolve(java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site)) {
            problems.add(page + ": " + u + " → leaves the site");
        } else if (!Files.isRegularFile(target)) {
            problems.add(page + ": " + u + " → " + (Files.isDirectory(target) ? "a folder, not a file" : "missing"));
        }
    }
}
