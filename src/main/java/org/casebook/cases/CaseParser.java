package org.casebook.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.casebook.audience.Visibility;
import org.casebook.config.Fields;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.taxonomy.Suggestions;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.yaml.YamlDocument;
import org.casebook.yaml.YamlValue;

/** Splits a case file into front matter and body and reads the contract's fields. */
public final class CaseParser {

    /** Strict ISO dates: 2024-02-30 is an error, not the 1st of March. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    static final Set<String> KNOWN = Set.of("title", "park", "theme", "method", "date", "summary", "unit",
            "keywords", "draft", "visibility");

    /** Longest text a front matter field may hold. */
    static final int MAX_FIELD_CHARS = 10_000;

    private final Diagnostics diags;
    private final LocalDate today;

    /** A parser that warns about dates after {@code today} (a case reports what has happened). */
    public CaseParser(Diagnostics diags, LocalDate today) {
        this.diags = diags;
        this.today = today;
    }

    public Optional<CaseStudy> parse(SourceFile source) {
        String file = source.relPath();
        String text = source.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            diags.error(new SourcePos(file, 1, 1), "case.no-front-matter");
            return Optional.empty();
        }
        int fmStart = 4;
        int end = findClosing(text, fmStart);
        if (end < 0) {
            diags.error(new SourcePos(file, 1, 1), "case.unclosed-front-matter");
            return Optional.empty();
        }
        String yaml = text.substring(fmStart, end);
        int closingLineEnd = text.indexOf('\n', end);
        String body = closingLineEnd < 0 ? "" : text.substring(closingLineEnd + 1);
        int bodyLine = countLines(text, closingLineEnd < 0 ? text.length() : closingLineEnd + 1) + 1;
        // a missing field is reported on the closing ---: the line before which it is to be added
        SourcePos closing = new SourcePos(file, countLines(text, end) + 1, 1);

        Optional<YamlValue.Mapping> parsed = YamlDocument.parseMapping(yaml, file, 2, diags);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlValue.Mapping fm = parsed.get();
        checkLengths(fm);
        String title = required(fm, "title", closing);
        Map<TaxonomyKind, List<CaseStudy.Written>> terms = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            List<CaseStudy.Written> written = new ArrayList<>();
            for (YamlValue.Scalar s : Fields.scalars(fm, kind.key(), diags)) {
                if (s.text().isBlank()) {
                    diags.error(s.pos(), "case.empty-term", kind.key());
                } else {
                    written.add(new CaseStudy.Written(s.text(), s.pos().line(), s.pos().column()));
                }
            }
            if (written.isEmpty() && !fm.entries().containsKey(kind.key())) {
                diags.error(closing, "case.missing-field", kind.key());
            } else if (written.isEmpty()) {
                diags.error(fm.entries().get(kind.key()).keyPos(), "case.empty-field", kind.key());
            }
            terms.put(kind, List.copyOf(written));
        }
        Optional<LocalDate> date = date(fm);
        String summary = Fields.string(fm, "summary", diags).map(String::strip).orElse("");
        String unit = Fields.string(fm, "unit", diags).map(String::strip).orElse("");
        List<String> keywords = Fields.stringList(fm, "keywords", diags).stream().map(String::strip)
                .filter(k -> !k.isEmpty()).toList();
        boolean draft = bool(fm, "draft");
        Optional<Visibility> visibility = Fields.choice(fm, "visibility", Visibility.keys(), diags)
                .flatMap(Visibility::parse);
        List<InternalBlock> internalBlocks = InternalBlocks.scan(body, bodyLine, file, diags);
        Map<String, String> extra = new TreeMap<>();
        for (YamlValue.Entry e : fm.entries().values()) {
            if (!KNOWN.contains(e.key())) {
                // extra fields are allowed, but one a letter away from a known field is a typo
                Suggestions.closest(e.key(), KNOWN).filter(k -> !fm.entries().containsKey(k)).ifPresent(k ->
                        diags.reportWithHint(e.keyPos(), Severity.WARNING, "case.unknown-field",
                                diags.messages().format("hint.did-you-mean", k), e.key()));
                if (e.value() instanceof YamlValue.Scalar s) {
                    if (isUnsafeUrl(e.key(), s.text())) {
                        // a theme may put the field in an href; escaping does not stop javascript: there
                        diags.warning(s.pos(), "field.unsafe-url", e.key(), s.text().strip());
                    } else {
                        extra.put(e.key(), s.text());
                    }
                }
            }
        }
        if (body.isBlank()) {
            diags.error(new SourcePos(file, Math.max(1, bodyLine - 1), 1), "case.empty-body");
        }
        if (fm.entries().containsKey("visibility") && visibility.isEmpty()) {
            return Optional.empty(); // never guess who may see a case: an unreadable visibility drops it
        }
        // a case with other field errors is still returned, so that its terms and links are checked in
        // the same run; the errors already reported keep the build from writing anything
        YamlValue.Entry titleEntry = fm.entries().get("title");
        SourcePos titlePos = titleEntry == null ? closing : titleEntry.value().pos();
        return Optional.of(new CaseStudy(source.withoutText(), source.slug(), title, terms, date, summary, unit, keywords, draft,
                Map.copyOf(extra), body, bodyLine, visibility, internalBlocks, titlePos));
    }

    private String required(YamlValue.Mapping fm, String key, SourcePos closing) {
        YamlValue.Entry e = fm.entries().get(key);
        if (e == null) {
            diags.error(closing, "case.missing-field", key);
            return "";
        }
        String v = Fields.string(fm, key, diags).map(String::strip).orElse("");
        if (v.isEmpty() && e.value() instanceof YamlValue.Scalar) {
            diags.error(e.keyPos(), "case.empty-field", key);
        }
        return v;
    }

    private Optional<LocalDate> date(YamlValue.Mapping fm) {
        YamlValue.Entry e = fm.entries().get("date");
        if (e == null) {
            return Optional.empty();
        }
        Optional<String> text = Fields.string(fm, "date", diags);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        String t = text.get().strip();
        try {
            LocalDate d = LocalDate.parse(t, DATE);
            if (d.isAfter(today)) {
                diags.warning(e.value().pos(), "case.date-future", t, DATE.format(today));
            }
            return Optional.of(d);
        } catch (DateTimeParseException ex) {
            String key = t.matches("\\d{4}-\\d{2}-\\d{2}") ? "case.date-impossible" : "case.date-format";
            diags.error(e.value().pos(), key, t);
            return Optional.empty();
        }
    }

    private boolean bool(YamlValue.Mapping fm, String key) {
        YamlValue.Entry e = fm.entries().get(key);
        if (e == null) {
            return false;
        }
        String v = Fields.string(fm, key, diags).map(String::strip).orElse("");
        if (v.equals("true")) {
            return true;
        }
        if (!v.equals("false")) {
            diags.error(e.value().pos(), "case.expected-bool", key, v);
        }
        return false;
    }

    /**
     * A value a theme would likely use as a link and that would run script or leave the web there: any
     * value with a script-capable scheme, and any scheme outside the allow-list in a field whose name
     * says it is a link ({@code source_url}, {@code link}, {@code homepage}…).
     */
    static boolean isUnsafeUrl(String key, String value) {
        Optional<String> scheme = org.casebook.url.UrlPolicy.scheme(value);
        if (scheme.isEmpty()) {
            return false;
        }
        if (SCRIPT_SCHEMES.contains(scheme.get())) {
            return true;
        }
        String k = key.toLowerCase(java.util.Locale.ROOT);
        boolean linkField = k.endsWith("url") || k.endsWith("link") || k.endsWith("href") || k.endsWith("src")
                || k.endsWith("homepage") || k.endsWith("website");
        return linkField && !org.casebook.url.UrlPolicy.isAllowed(value);
    }

    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data", "file", "blob",
            "livescript", "mocha", "jar", "filesystem");

    /** Every text value of the front matter fits a page; a megabyte title is a mistake or an attack. */
    private void checkLengths(YamlValue value) {
        if (value instanceof YamlValue.Scalar s && s.text().length() > MAX_FIELD_CHARS) {
            diags.error(s.pos(), "case.field-too-long", s.text().length(), MAX_FIELD_CHARS);
        } else if (value instanceof YamlValue.Sequence seq) {
            seq.items().forEach(this::checkLengths);
        } else if (value instanceof YamlValue.Mapping m) {
            m.entries().values().forEach(e -> checkLengths(e.value()));
        }
    }

    /** Index of the closing {@code ---} (or {@code ...}) line's start, or -1. */
    static int findClosing(String text, int from) {
        int i = from;
        while (i <= text.length()) {
            int eol = text.indexOf('\n', i);
            String line = eol < 0 ? text.substring(i) : text.substring(i, eol);
            if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                return i;
            }
            if (eol < 0) {
                return -1;
            }
            i = eol + 1;
        }
        return -1;
    }

    private static int countLines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
