package org.casebook.url;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs may appear in a page. Browsers ignore tabs, newlines and leading controls in a URL
 * ({@code java\tscript:} runs), so the scheme is read after removing them.
 */
public final class UrlPolicy {

    public static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {
    }

    /** The URL's scheme in lower case, or empty for a relative URL or fragment. */
    public static Optional<String> scheme(String url) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F) {
                continue;
            }
            if (c == ':') {
                return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString().toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#') {
                return Optional.empty();
            }
            boolean ok = Character.isLetter(c) && c < 0x80 || sb.length() > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.');
            if (!ok) {
                return Optional.empty();
            }
            sb.append(c);
        }
        return Optional.empty();
    }

    public static boolean isAllowed(String url) {
        return scheme(url).map(ALLOWED_SCHEMES::contains).orElse(true);
    }

    /** Absolute URLs and protocol-relative ones leave the site. */
    public static boolean isExternal(String url) {
        String t = url.strip();
        return scheme(t).isPresent() || t.startsWith("//") || t.startsWith("\\\\");
    }
}
