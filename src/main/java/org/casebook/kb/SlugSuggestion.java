package org.casebook.kb;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casebook.cases.CaseStudy;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.taxonomy.Vocabulary;

/**
 * A valid, unused slug to offer for a case whose file name cannot be one: the ASCII words of the
 * file name ({@code Rongzi_Fuwu.md} → {@code rongzi-fuwu}) or of the title, else the park's slug and
 * the date ({@code yangpu-2024-03-15}, as {@code casebook new} does); a number is appended while it is
 * taken. (A slug from the title's pinyin would read better for a Chinese title; it needs a
 * character table this module does not carry yet.)
 */
final class SlugSuggestion {

    private SlugSuggestion() {
    }

    static String suggest(CaseStudy s, Vocabulary vocabulary, Set<String> taken) {
        String base = ascii(s.slug())
                .or(() -> ascii(s.title()))
                .orElseGet(() -> {
                    List<CaseStudy.Written> parks = s.terms().getOrDefault(TaxonomyKind.place(), List.of());
                    String park = parks.stream().map(w -> vocabulary.resolve(TaxonomyKind.place(), w.text()))
                            .flatMap(Optional::stream).map(Term::slug).findFirst().orElse("case");
                    return park + s.date().map(d -> "-" + d).orElse("");
                });
        String slug = base;
        for (int n = 2; taken.contains(slug) || KnowledgeBaseBuilder.RESERVED_SLUGS.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** The ASCII words of {@code text} as a slug, when they make one of at least three letters. */
    private static Optional<String> ascii(String text) {
        String a = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (a.length() > 48) {
            a = a.substring(0, 48).replaceAll("-+$", "");
        }
        return a.chars().filter(Character::isLetter).count() >= 3 && Term.isValidSlug(a) ? Optional.of(a) : Optional.empty();
    }
}
