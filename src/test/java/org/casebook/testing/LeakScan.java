package org.casebook.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks for marker strings in every file of a built site, byte by byte, whatever the file is (HTML,
 * JSON, search shards, feeds, sitemaps, images, copied attachments) and in every file's path. A
 * marker is also looked for as the outputs write text: percent-encoded (URLs, file names),
 * {@code \}{@code uXXXX}-escaped (JSON, JavaScript) and as HTML character references, each for
 * non-ASCII characters only and for every character; ASCII letters and hex digits match in either
 * case. A file that is a zip archive (a Word document, say) is also read inside: every entry's
 * uncompressed bytes, and for XML entries their text with the markup removed, since Word may split
 * one sentence over several runs. It knows nothing of what the site holds, so it keeps guarding
 * outputs added later.
 */
public final class LeakScan {

    private LeakScan() {
    }

    /** One marker found: in which file (site-relative path), in which written form. */
    public record Finding(String file, String marker, String form) {
        @Override
        public String toString() {
            return file + ": \"" + marker + "\" as " + form;
        }
    }

    /** Every marker found anywhere in the site: in a file's bytes or in its path. */
    public static List<Finding> scan(Path site, List<String> markers) {
        Map<String, Map<String, String>> needles = new LinkedHashMap<>();
        for (String m : markers) {
            needles.put(m, forms(m));
        }
        List<Finding> found = new ArrayList<>();
        for (String file : SiteTree.files(site)) {
            byte[] bytes = read(site.resolve(file));
            look(file, bytes, file, needles, found);
            if (isZip(bytes)) {
                for (Map.Entry<String, byte[]> e : entries(file, bytes).entrySet()) {
                    String where = file + "!" + e.getKey();
                    look(where, e.getValue(), e.getKey(), needles, found);
                    if (e.getKey().endsWith(".xml") || e.getKey().endsWith(".rels")) {
                        look(where + " (text without markup)", withoutMarkup(e.getValue()), "", needles, found);
                    }
                }
            }
        }
        return found;
    }

    private static void look(String where, byte[] bytes, String name, Map<String, Map<String, String>> needles,
            List<Finding> found) {
        String hay = latin1Lower(bytes);
        String path = latin1Lower(name.getBytes(StandardCharsets.UTF_8));
        for (var marker : needles.entrySet()) {
            for (var form : marker.getValue().entrySet()) {
                if (hay.contains(form.getValue())) {
                    found.add(new Finding(where, marker.getKey(), form.getKey()));
                }
                if (path.contains(form.getValue())) {
                    found.add(new Finding(where, marker.getKey(), form.getKey() + " in the file's path"));
                }
            }
        }
    }

    private static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** Every entry of a zip archive, uncompressed, by name. */
    static Map<String, byte[]> entries(String file, byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + " looks like a zip archive but cannot be read", e);
        }
        return out;
    }

    /** An XML part's character data: tags dropped, the five predefined entities and numeric references decoded. */
    private static byte[] withoutMarkup(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8).replaceAll("<[^>]*>", "");
        Matcher m = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int cp = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(sb);
        String decoded = sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
        return decoded.getBytes(StandardCharsets.UTF_8);
    }

    /** The written forms of a marker, by name, as lower-cased Latin-1 views of their UTF-8 bytes. */
    static Map<String, String> forms(String marker) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("text", marker);
        forms.put("percent-encoded", escape(marker, false, cp -> percent(cp)));
        forms.put("percent-encoded, every character", escape(marker, true, cp -> percent(cp)));
        forms.put("\\u-escaped", escape(marker, false, LeakScan::jsEscape));
        forms.put("\\u-escaped, every character", escape(marker, true, LeakScan::jsEscape));
        forms.put("&#x; reference", escape(marker, false, cp -> "&#x" + Integer.toHexString(cp) + ";"));
        forms.put("&#x; reference, every character", escape(marker, true, cp -> "&#x" + Integer.toHexString(cp) + ";"));
        forms.put("&#; reference", escape(marker, false, cp -> "&#" + cp + ";"));
        forms.put("&#; reference, every character", escape(marker, true, cp -> "&#" + cp + ";"));
        Map<String, String> lowered = new LinkedHashMap<>();
        forms.forEach((name, text) -> {
            String v = latin1Lower(text.getBytes(StandardCharsets.UTF_8));
            if (!lowered.containsValue(v)) {
                lowered.put(name, v);
            }
        });
        return lowered;
    }

    private interface CodePointEscape {
        String apply(int codePoint);
    }

    private static String escape(String s, boolean everyChar, CodePointEscape esc) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (everyChar || cp > 0x7f) {
                sb.append(esc.apply(cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static String percent(int codePoint) {
        StringBuilder sb = new StringBuilder();
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return sb.toString();
    }

    private static String jsEscape(int codePoint) {
        StringBuilder sb = new StringBuilder();
        for (char c : Character.toChars(codePoint)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return sb.toString();
    }

    /** Bytes as Latin-1 (one char per byte, so matching stays byte-exact), ASCII letters lower-cased. */
    private static String latin1Lower(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            chars[i] = (char) (b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
        return new String(chars);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
