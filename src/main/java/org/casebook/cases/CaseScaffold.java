package org.casebook.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * The text of a new case file (front matter from the chosen terms, a body outline in the knowledge
 * base's language) and the slug to suggest for it. The outline lives in
 * {@code new-case_<language>.md} beside this class.
 */
public final class CaseScaffold {

    /** Characters after which a YAML plain scalar would mean something else: such values are quoted. */
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[:#\\[\\]{},&*!|>'\"%@`\\\\]|^[\\s-?]|\\s$");

    private CaseScaffold() {
    }

    /** The file's text; {@code terms} gives each kind's chosen terms, one front matter line per kind. */
    public static String text(String language, String title, Map<TaxonomyKind, List<Term>> terms, LocalDate date) {
        String outline = outline(language);
        StringBuilder lines = new StringBuilder();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            lines.append(lines.length() == 0 ? "" : "\n").append(kind.key()).append(": ")
                    .append(terms(terms.getOrDefault(kind, List.of())));
        }
        return outline.replace("{title}", scalar(title))
                .replace("{terms}", lines)
                .replace("{date}", date.toString());
    }

    /**
     * A slug for a new case: the ASCII words of the title when it has some ({@code Smart Party Building}
     * → {@code smart-party-building}); for a Chinese title, the park's slug and the date
     * ({@code yangpu-2024-03-15}). A number is appended while the slug is taken.
     */
    public static String suggestSlug(String title, Term park, LocalDate date, Set<String> taken) {
        String ascii = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = ascii.length() >= 3 && ascii.chars().filter(Character::isLetter).count() >= 3
                ? ascii.substring(0, Math.min(ascii.length(), 48)).replaceAll("-+$", "")
                : park.slug() + "-" + date;
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String terms(List<Term> terms) {
        if (terms.size() == 1) {
            return scalar(terms.get(0).name());
        }
        return "[" + String.join(", ", terms.stream().map(t -> scalar(t.name())).toList()) + "]";
    }

    /** A YAML scalar: plain when that is safe, double-quoted otherwise. */
    public static String scalar(String s) {
        if (!s.isEmpty() && !NEEDS_QUOTES.matcher(s).find()) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The placeholder paragraphs of the body outline {@code casebook new} writes, in every language
     * it writes: text left there means the case was never written.
     */
    public static Set<String> placeholderLines() {
        Set<String> lines = new java.util.LinkedHashSet<>();
        for (String language : List.of("zh-CN", "en")) {
            for (String line : outline(language).split("\n")) {
                String l = line.strip();
                if ((l.startsWith("（") && l.endsWith("）")) || (l.startsWith("(") && l.endsWith(")"))) {
                    lines.add(l);
                }
            }
        }
        return Set.copyOf(lines);
    }

    private static String outline(String language) {
        String name = "new-case_" + language + ".md";
        try (InputStream in = CaseScaffold.class.getResourceAsStream(name)) {
            InputStream use = in != null ? in : CaseScaffold.class.getResourceAsStream("new-case_zh-CN.md");
            return new String(use.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
