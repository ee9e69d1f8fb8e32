package org.casebook.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Severity;
import org.casebook.taxonomy.Suggestions;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.yaml.YamlValue;

/**
 * Front-matter keys that are not fields of the case contract nor declared by the knowledge base
 * ({@code extra_fields:}). A misspelt field ({@code summery:}, {@code visiblity:}) is an error: the
 * value would be lost while the file looks right (a misspelt {@code visibility} leaves a case internal
 * without a word). A word meaning a field ({@code tags}, {@code author}, {@code 作者}) warns with the field
 * to use; any other key warns with how to declare it.
 */
final class UnknownFields {

    /** Every field a case may hold: the addresses' two as well, which the guide keeps for those who move cases. */
    private static final List<String> KNOWN = java.util.stream.Stream.concat(CaseParser.DOCUMENTED.stream(),
            java.util.stream.Stream.of("slug", "moved_from")).toList();

    /** Words contributors use for a field, by the field; the taxonomies' own come from {@link TaxonomyKind#meant()}. */
    private static final Map<String, String> MEANT = meant(
            Map.entry("tags", "keywords"), Map.entry("tag", "keywords"), Map.entry("关键词", "keywords"),
            Map.entry("标签", "keywords"), Map.entry("author", "unit"), Map.entry("authors", "unit"),
            Map.entry("作者", "unit"), Map.entry("单位", "unit"), Map.entry("department", "unit"),
            Map.entry("organization", "unit"), Map.entry("标题", "title"), Map.entry("name", "title"),
            Map.entry("日期", "date"), Map.entry("time", "date"), Map.entry("摘要", "summary"), Map.entry("description", "summary"),
            Map.entry("abstract", "summary"), Map.entry("草稿", "draft"), Map.entry("公开", "visibility"));

    private UnknownFields() {
    }

    @SafeVarargs
    private static Map<String, String> meant(Map.Entry<String, String>... others) {
        Map<String, String> out = new HashMap<>(Map.ofEntries(others));
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            kind.meant().forEach(word -> out.put(word, kind.key()));
        }
        return Map.copyOf(out);
    }

    static void report(YamlValue.Entry e, Set<String> present, Diagnostics diags) {
        String key = e.key();
        Optional<String> misspelt = misspeltField(key);
        if (misspelt.isPresent()) {
            diags.reportWithHint(e.keyPos(), Severity.ERROR, "case.misspelt-field",
                    diags.messages().format("case.misspelt-field.hint", misspelt.get(), key), key, misspelt.get());
            return;
        }
        String meant = MEANT.get(key.toLowerCase(java.util.Locale.ROOT));
        if (meant != null) {
            diags.reportWithHint(e.keyPos(), Severity.WARNING, "case.unknown-field",
                    diags.messages().format("case.unknown-field.meant", meant, key), key);
            return;
        }
        diags.warning(e.keyPos(), "case.unknown-field", key, diags.messages().list(KNOWN));
    }

    /**
     * The contract's field {@code key} is a slip of: one edit away, two for a long word, or the same
     * letters in another order ({@code prak}). Stricter than a term's did-you-mean, as this is an error.
     */
    static Optional<String> misspeltField(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        for (String field : CaseParser.KNOWN.stream().sorted().toList()) {
            int d = Suggestions.distance(k, field);
            if (d == 0) {
                continue;
            }
            if (d == 1 && field.length() >= 4 || d == 2 && field.length() >= 6 || sameLetters(k, field)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }
}
