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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.TreeMap;
import org.casebook.audience.Visibility;
import org.casebook.config.Fields;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.fix.Fences;
import org.casebook.fix.WordArtefacts;
import org.casebook.taxonomy.Suggestions;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.yaml.YamlDocument;
import org.casebook.yaml.YamlValue;

/** Splits a case file into front matter and body and reads the contract's fields. */
public final class CaseParser {

    /** Strict ISO dates: 2024-02-30 is an error, not the 1st of March. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    static final Set<String> KNOWN = Stream.concat(TaxonomyKind.keys().stream(), Stream.of("title", "date", "summary",
            "unit", "keywords", "draft", "visibility", "slug", "moved_from")).collect(Collectors.toUnmodifiableSet());
    /** The fields a contributor writes, in the order the guide and hints list them. */
    public static final List<String> DOCUMENTED = Stream.of(Stream.of("title"), TaxonomyKind.keys().stream(),
            Stream.of("date", "summary", "unit", "keywords", "draft", "visibility")).flatMap(s -> s).toList();
    /** Extra fields Casebook itself writes: {@code source}, the Word file {@code casebook import} read. */
    static final Set<String> OWN_EXTRA = Set.of("source");
    private static final Set<String> PLACEHOLDERS = CaseScaffold.placeholderLines();

    /** Longest text a front matter field may hold. */
    static final int MAX_FIELD_CHARS = 10_000;

    private final Diagnostics diags;
    private final LocalDate today;
    private final Set<String> extraFields;

    /** A parser that warns about dates after {@code today} (a case reports what has happened). */
    public CaseParser(Diagnostics diags, LocalDate today) {
        this(diags, today, Set.of());
    }

    /**
     * @param extraFields front-matter keys the knowledge base declares as its own ({@code extra_fields:}
     *                    in casebook.yml): passed to the templates without a word
     */
    public CaseParser(Diagnostics diags, LocalDate today, Set<String> extraFields) {
        this.diags = diags;
        this.today = today;
        this.extraFields = Set.copyOf(extraFields);
    }

    public Optional<CaseStudy> parse(SourceFile source) {
        String file = source.relPath();
        String text = source.text();
        // blank lines before the opening --- and spaces after it are slips no reader sees: taken as meant
        int open = Fences.firstContentLine(text);
        int openEol = text.indexOf('\n', open);
        String opening = Fences.lineAt(text, open);
        int openLine = countLines(text, open) + 1;
        if (!Fences.isFence(opening)) {
            if (Fences.isImeFence(opening)) {
                diags.error(new SourcePos(file, openLine, 1), "case.fence-ime", opening.strip());
            } else {
                diags.error(new SourcePos(file, 1, 1), "case.no-front-matter", diags.messages().listAnd(
                        Stream.concat(Stream.of("title"), TaxonomyKind.keys().stream()).toList()));
            }
            return Optional.empty();
        }
        int fmStart = openEol < 0 ? text.length() : openEol + 1;
        int end = findClosing(text, fmStart);
        if (end < 0) {
            int ime = Fences.findImeFence(text, fmStart);
            if (ime >= 0) {
                diags.error(new SourcePos(file, countLines(text, ime) + 1, 1), "case.fence-ime",
                        Fences.lineAt(text, ime).strip());
            } else {
                diags.error(new SourcePos(file, openLine, 1), "case.unclosed-front-matter");
            }
            return Optional.empty();
        }
        String yaml = text.substring(fmStart, end);
        int closingLineEnd = text.indexOf('\n', end);
        String body = closingLineEnd < 0 ? "" : text.substring(closingLineEnd + 1);
        int bodyLine = countLines(text, closingLineEnd < 0 ? text.length() : closingLineEnd + 1) + 1;
        // a missing field is reported on the closing ---: the line before which it is to be added
        SourcePos closing = new SourcePos(file, countLines(text, end) + 1, 1);

        // a YAML mistake costs only its own entry: the file's other problems are told in the same run
        Optional<YamlDocument.Lenient> parsed = YamlDocument.parseMappingLeniently(yaml, file, openLine + 1, diags);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlValue.Mapping fm = parsed.get().mapping();
        Set<String> unreadable = parsed.get().skippedKeys();
        checkLengths(fm);
        String title = unreadable.contains("title") ? "" : required(fm, "title", closing);
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
                if (kind.required() && !unreadable.contains(kind.key())) {
                    diags.error(closing, "case.missing-field", kind.key());
                }
            } else if (written.isEmpty() && !Fields.toldAsWrongShape(fm.entries().get(kind.key()).value())) {
                // a value of the wrong shape was told as such: it is not empty as well
                diags.error(fm.entries().get(kind.key()).keyPos(), "case.empty-field", kind.key());
            }
            terms.put(kind, List.copyOf(written));
        }
        Optional<LocalDate> date = date(fm);
        String summary = Fields.string(fm, "summary", diags).map(String::strip).orElse("");
        String unit = Fields.string(fm, "unit", diags).map(String::strip).orElse("");
        List<String> keywords = Fields.stringList(fm, "keywords", diags).stream().map(String::strip)
                .filter(k -> !k.isEmpty()).toList();
        // an unreadable "draft:" line may have said so; nothing is published from a run with errors anyway
        boolean draft = bool(fm, "draft") || unreadable.contains("draft");
        Optional<Visibility> visibility = Fields.choice(fm, "visibility", Visibility.keys(), diags)
                .flatMap(Visibility::parse);
        // split once for the three line-by-line checks
        String[] bodyLines = body.split("\n", -1);
        List<InternalBlock> internalBlocks = InternalBlocks.scan(bodyLines, bodyLine, file, diags);
        wordArtefacts(bodyLines, bodyLine, file);
        Map<String, String> extra = new TreeMap<>();
        for (YamlValue.Entry e : fm.entries().values()) {
            if (!KNOWN.contains(e.key())) {
                if (!extraFields.contains(e.key()) && !OWN_EXTRA.contains(e.key())) {
                    UnknownFields.report(e, fm.entries().keySet(), diags);
                }
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
        checkBody(file, body, bodyLines, bodyLine);
        if ((fm.entries().containsKey("visibility") || unreadable.contains("visibility")) && visibility.isEmpty()) {
            // never guess who may see a case: the error reported keeps anything from being written, and the
            // case stays in the run as internal so that its other fields, terms and links are still checked
            visibility = Optional.of(Visibility.INTERNAL);
        }
        // a case with other field errors is still returned, so that its terms and links are checked in
        // the same run; the errors already reported keep the build from writing anything
        YamlValue.Entry titleEntry = fm.entries().get("title");
        SourcePos titlePos = titleEntry == null ? closing : titleEntry.value().pos();
        Optional<YamlValue.Scalar> writtenSlug = Addresses.slug(fm, diags);
        String slug = writtenSlug.map(YamlValue.Scalar::text).map(String::strip).orElse(source.slug());
        SourcePos slugPos = writtenSlug.map(YamlValue.Scalar::pos).orElse(SourcePos.of(file));
        List<CaseStudy.Written> movedFrom = Addresses.movedFrom(fm, slug, diags);
        return Optional.of(new CaseStudy(source.withoutText(), slug, title, terms, date, summary, unit, keywords, draft,
                Map.copyOf(extra), body, bodyLine, visibility, internalBlocks, titlePos, slugPos, movedFrom));
    }

    /** Traces of Word in the body are warnings: each reaches the page as something not meant; {@code fix} repairs them. */
    private void wordArtefacts(String[] lines, int bodyLine, String file) {
        for (WordArtefacts.Artefact a : WordArtefacts.scan(java.util.Arrays.asList(lines), bodyLine)) {
            diags.warning(new SourcePos(file, a.line(), a.column()), a.kind().code(), a.marker());
        }
    }

    /**
     * An empty body, or the outline {@code casebook new} wrote left as it was, is a warning (the rest
     * of the site still builds; {@code check --strict} fails): the file is named, as the case has nothing
     * to show yet.
     */
    private void checkBody(String file, String body, String[] lines, int bodyLine) {
        if (body.isBlank()) {
            diags.warning(new SourcePos(file, Math.max(1, bodyLine - 1), 1), "case.empty-body", file);
            return;
        }
        List<Integer> placeholders = new ArrayList<>();
        boolean onlyOutline = true;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (PLACEHOLDERS.contains(l)) {
                placeholders.add(i);
            } else if (!l.isEmpty() && !l.startsWith("#")) {
                onlyOutline = false;
            }
        }
        if (placeholders.isEmpty()) {
            return;
        }
        if (onlyOutline) {
            diags.warning(new SourcePos(file, bodyLine + placeholders.get(0), 1), "case.placeholder-body", file);
            return;
        }
        for (int i : placeholders) {
            diags.warning(new SourcePos(file, bodyLine + i, 1), "case.placeholder-line", lines[i].strip());
        }
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
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                diags.error(e.value().pos(), "case.date-impossible", t);
                return Optional.empty();
            }
            Optional<LocalDate> meant = DateSpellings.read(t);
            if (meant.isPresent()) {
                diags.reportWithHint(e.value().pos(), Severity.ERROR, "case.date-format",
                        diags.messages().format("case.date-format.as", DATE.format(meant.get())), t);
            } else {
                diags.error(e.value().pos(), "case.date-format", t);
            }
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
            if (Fences.isFence(line) || line.strip().equals("...")) {
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
