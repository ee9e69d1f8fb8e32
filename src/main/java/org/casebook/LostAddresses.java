package org.casebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.cases.CaseStudy;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;

/**
 * Case addresses the previous build published that this one would break. The output folder's
 * {@code cases.json} lists every case the last build published; each slug there that no case file has
 * any more, neither as its slug nor in {@code moved_from:}, is a warning: links and printed QR codes to
 * it will fail. When a case with the same title exists it is most likely the renamed one, and the
 * warning goes to that file.
 */
final class LostAddresses {

    /** A case entry of cases.json, as the site's own data writer lays it out: slug, then title. */
    private static final Pattern CASE = Pattern.compile(
            "\"slug\":\\s*\"([a-z0-9-]+)\",\\s*\"title\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"url\":");
    /** A data file of a site of 100,000 cases is some tens of MB; anything far larger is not ours. */
    private static final long MAX_BYTES = 512L * 1024 * 1024;

    private LostAddresses() {
    }

    static void check(Path kbDir, Path outDir, List<CaseStudy> studies, Diagnostics diags) {
        Path file = outDir.resolve("cases.json");
        Map<String, String> published;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return;
            }
            published = published(Files.readString(file));
        } catch (IOException | java.io.UncheckedIOException e) {
            return; // no readable previous build: nothing to compare with
        }
        Set<String> kept = new HashSet<>();
        Map<String, CaseStudy> byTitle = new HashMap<>();
        for (CaseStudy s : studies) {
            kept.add(s.slug().toLowerCase(Locale.ROOT));
            s.movedFrom().forEach(w -> kept.add(w.text().toLowerCase(Locale.ROOT)));
            byTitle.putIfAbsent(s.title().strip(), s);
        }
        String shown = display(kbDir, file);
        published.forEach((slug, title) -> {
            if (kept.contains(slug)) {
                return;
            }
            CaseStudy renamed = title.isBlank() ? null : byTitle.get(title.strip());
            if (renamed != null) {
                diags.warning(renamed.slugPos().line() > 0 ? renamed.slugPos() : renamed.titlePos(),
                        "case.address-lost-renamed", slug, renamed.slug());
            } else {
                diags.warning(SourcePos.of(shown), "case.address-lost", slug);
            }
        });
    }

    /** Slug to title of every case in a cases.json, in file order. */
    static Map<String, String> published(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = CASE.matcher(json);
        while (m.find()) {
            out.putIfAbsent(m.group(1), unescape(m.group(2)));
        }
        return out;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    String hex = i + 4 < s.length() ? s.substring(i + 1, i + 5) : "";
                    if (hex.matches("[0-9a-fA-F]{4}")) {
                        sb.append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    } else {
                        sb.append(e); // not our writer's output; the title match simply fails
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    private static String display(Path kbDir, Path p) {
        Path kb = kbDir.toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(kb) ? kb.relativize(abs).toString().replace('\\', '/') : p.toString();
    }
}
