package org.casebook.site;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the raw path of an HTTP request into a site path, refusing anything that could name a file
 * outside the site: {@code ..} segments (also percent-encoded, also double-encoded), backslashes
 * (Windows separators), absolute and drive paths ({@code //host}, {@code C:}), NUL and other
 * controls. The preview server only ever looks paths up in the generated site, so this is the
 * second wall, not the only one; it exists so that no refused path ever reaches a lookup.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * The site path ({@code cases/a/index.html}) a raw request path ({@code /cases/a/}) asks for, or
     * empty when the path is refused.
     */
    public static Optional<String> toSitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.indexOf('\\') >= 0 || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%25")
                || lower.contains("%2f") || lower.contains("%00")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String rel = decoded.substring(1);
        for (String segment : rel.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.indexOf(':') >= 0) {
                return Optional.empty();
            }
            for (int i = 0; i < segment.length(); i++) {
                if (segment.charAt(i) < 0x20 || segment.charAt(i) == 0x7F) {
                    return Optional.empty();
                }
            }
        }
        if (rel.contains("//")) {
            return Optional.empty();
        }
        if (rel.isEmpty() || rel.endsWith("/")) {
            rel = rel + "index.html";
        }
        return Optional.of(rel);
    }
}
