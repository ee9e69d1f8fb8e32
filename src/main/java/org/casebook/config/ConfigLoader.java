package org.casebook.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.Set;
import org.casebook.audience.Audience;
import org.casebook.audience.Visibility;
import org.casebook.text.TextDecoder;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;
import org.casebook.taxonomy.Suggestions;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.taxonomy.TermNames;
import org.casebook.taxonomy.Vocabulary;
import org.casebook.yaml.YamlDocument;
import org.casebook.yaml.YamlValue;

/** Reads and validates {@code casebook.yml}. */
public final class ConfigLoader {

    public static final String FILE = "casebook.yml";
    static final Set<String> TOP_KEYS = Set.of("title", "description", "language", "base_url", "page_size",
            "latest", "taxonomies", "default_visibility", "audience", "extra", "extra_fields", "synonyms",
            "organization", "footer_note", "date_format", CollectionsReader.KEY);
    static final Set<String> TERM_KEYS = Set.of("name", "slug", "aliases", "description");
    static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
    /** A configuration is a few KB; a larger file is refused before it is read, let alone parsed. */
    static final long MAX_BYTES = 1024 * 1024;

    private ConfigLoader() {
    }

    /** Loads the knowledge base's configuration; empty (with errors reported) when it is unusable. */
    public static Optional<SiteConfig> load(Path kbDir, Diagnostics diags) {
        Path file = kbDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            diags.error(SourcePos.of(FILE), "config.missing", kbDir.toAbsolutePath().normalize());
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diags.error(SourcePos.of(FILE), "config.too-large", size / 1024, MAX_BYTES / 1024);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            org.casebook.io.WriteFailure.reportRead(diags, FILE, e);
            return Optional.empty();
        }
        return TextDecoder.decode(bytes, FILE, diags)
                .flatMap(text -> YamlDocument.parseMapping(text, FILE, 1, diags))
                .flatMap(root -> read(root, diags));
    }

    /**
     * The language the knowledge base asks for, read before the configuration is validated so that
     * the validation's own messages are in that language; zh-CN when it cannot be read.
     */
    public static String peekLanguage(Path kbDir) {
        try {
            if (Files.size(kbDir.resolve(FILE)) > MAX_BYTES) {
                return "zh-CN";
            }
            byte[] bytes = Files.readAllBytes(kbDir.resolve(FILE));
            Diagnostics quiet = new Diagnostics(org.casebook.diag.Messages.forLanguage("en"));
            return TextDecoder.decode(bytes, FILE, quiet)
                    .flatMap(text -> YamlDocument.parseMapping(text, FILE, 1, quiet))
                    .flatMap(root -> Fields.string(root, "language", quiet))
                    .filter(LANGUAGES::contains)
                    .orElse("zh-CN");
        } catch (IOException e) {
            return "zh-CN";
        }
    }

    static Optional<SiteConfig> read(YamlValue.Mapping root, Diagnostics diags) {
        long before = diags.errorCount();
        checkKeys(root, TOP_KEYS, diags);
        String title = Fields.string(root, "title", diags).orElse("");
        if (title.isBlank() && !Fields.notText(root, "title")) { // a list or mapping is reported as such
            diags.error(root.pos(), "config.title-missing");
        }
        String description = Fields.string(root, "description", diags).orElse("");
        String language = Fields.string(root, "language", diags).orElse("zh-CN");
        if (!LANGUAGES.contains(language)) {
            SourcePos at = root.entries().get("language").value().pos();
            diags.error(at, "config.language", language, String.join(", ", LANGUAGES));
        }
        YamlValue.Entry baseEntry = root.entries().get("base_url");
        Map<Audience, String> baseUrls = Map.of();
        Optional<String> baseUrl = Optional.empty();
        if (baseEntry != null && baseEntry.value() instanceof YamlValue.Mapping perAudience) {
            baseUrls = baseUrls(perAudience, diags);
        } else if (baseEntry != null) {
            baseUrl = baseUrl(baseEntry.key(), baseEntry.value(), "config.base-url.text.hint", diags);
        }
        int pageSize = Fields.positiveInt(root, "page_size", SiteConfig.DEFAULT_PAGE_SIZE, diags);
        int latest = Fields.positiveInt(root, "latest", SiteConfig.DEFAULT_LATEST, diags);
        Visibility defaultVisibility = Fields.choice(root, "default_visibility", Visibility.keys(), diags)
                .flatMap(Visibility::parse).orElse(Visibility.INTERNAL);
        Audience audience = Fields.choice(root, "audience", Audience.keys(), diags)
                .flatMap(Audience::parse).orElse(Audience.INTERNAL);
        Presentation presentation = presentation(root, language, diags);
        Vocabulary vocabulary = readTaxonomies(root, diags);
        Map<String, Object> extra = ExtraSettings.read(root, diags);
        Set<String> extraFields = new java.util.TreeSet<>();
        for (String f : Fields.stringList(root, "extra_fields", diags)) {
            extraFields.add(f.strip());
        }
        List<List<String>> synonyms = readSynonyms(root, diags);
        Collections collections = CollectionsReader.read(root, vocabulary, diags);
        if (diags.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title, description, language, baseUrl, pageSize, latest, vocabulary,
                defaultVisibility, audience, extra, extraFields, synonyms, presentation, collections, baseUrls));
    }

    /** {@code base_url:} per audience: {@code internal:} the intranet's address, {@code public:} the public one. */
    private static Map<Audience, String> baseUrls(YamlValue.Mapping m, Diagnostics diags) {
        Map<Audience, String> urls = new java.util.EnumMap<>(Audience.class);
        for (YamlValue.Entry e : m.entries().values()) {
            Optional<Audience> who = Audience.parse(e.key());
            if (who.isEmpty()) {
                diags.error(e.keyPos(), "config.base-url-audience", e.key(), String.join(", ", Audience.keys()));
                continue;
            }
            baseUrl(e.key(), e.value(), "config.base-url.audience-text.hint", diags).ifPresent(url -> urls.put(who.get(), url));
        }
        if (m.entries().isEmpty()) {
            diags.error(m.pos(), "config.base-url-empty", "base_url");
        }
        return urls;
    }

    /**
     * One address, under {@code base_url:} or one of its audiences ({@code key}): text that is a web
     * address, normalised to end in a slash. Anything else is reported where written, saying what was
     * found: a list or mapping (with {@code hintKey}'s advice), nothing, or text that is no address.
     */
    private static Optional<String> baseUrl(String key, YamlValue value, String hintKey, Diagnostics diags) {
        if (!(value instanceof YamlValue.Scalar s)) {
            Fields.wrongShape(value, "field.expected-text", key, diags.messages().format(hintKey, key), diags);
            return Optional.empty();
        }
        if (s.text().isBlank()) {
            diags.error(value.pos(), "config.base-url-empty", key);
            return Optional.empty();
        }
        String url = normaliseBaseUrl(s.text().strip());
        if (!isWebAddress(url)) {
            diags.error(value.pos(), "config.base-url", url);
            return Optional.empty();
        }
        Optional<String> folder = folderOfPage(s.text().strip());
        if (folder.isPresent()) {
            diags.error(value.pos(), "config.base-url-page", s.text().strip(), folder.get());
            return Optional.empty();
        }
        return Optional.of(url);
    }

    /** organization, footer_note and date_format: plain text, and a date pattern that must format a date. */
    private static Presentation presentation(YamlValue.Mapping root, String language, Diagnostics diags) {
        String organization = Fields.string(root, "organization", diags).map(String::strip).orElse("");
        String footerNote = Fields.string(root, "footer_note", diags).map(String::strip).orElse("");
        String lang = LANGUAGES.contains(language) ? language : "zh-CN";
        String dateFormat = Fields.string(root, "date_format", diags).map(String::strip)
                .orElse(Presentation.defaultDateFormat(lang));
        if (Presentation.formatter(dateFormat, lang).isEmpty()) {
            diags.error(root.entries().get("date_format").value().pos(), "config.date-format", dateFormat);
        }
        return new Presentation(organization, footerNote, dateFormat, lang);
    }

    /**
     * An absolute http(s) address with a host and nothing a browser would reinterpret: the base URL
     * ends up in links, feeds and QR codes, so {@code javascript:}, spaces, quotes and angle brackets
     * are refused rather than escaped.
     */
    static boolean isWebAddress(String url) {
        java.util.Optional<String> scheme = org.casebook.url.UrlPolicy.scheme(url);
        if (scheme.isEmpty() || !(scheme.get().equals("http") || scheme.get().equals("https"))) {
            return false;
        }
        if (!url.regionMatches(true, 0, scheme.get() + "://", 0, scheme.get().length() + 3)
                || url.length() <= scheme.get().length() + 3) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\'
                    || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                return false;
            }
        }
        char host = url.charAt(scheme.get().length() + 3);
        return host != '/' && host != '?' && host != '#';
    }

    /**
     * The site's folder, when {@code url} is the address of a page in it, as a browser's address bar
     * shows it ({@code …/kb/index.html}, {@code …/kb/?q=1#top}): every link would be written below the
     * page's name, so the QR codes printed in a booklet would lead nowhere.
     */
    static Optional<String> folderOfPage(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        String path = url.substring(0, cut);
        int hostStart = path.indexOf("://") + 3;
        int lastSlash = path.lastIndexOf('/');
        String last = lastSlash >= hostStart ? path.substring(lastSlash + 1) : "";
        boolean page = last.contains(".");
        if (cut == url.length() && !page) {
            return Optional.empty();
        }
        String folder = page ? path.substring(0, lastSlash + 1) : path;
        return Optional.of(normaliseBaseUrl(folder));
    }

    private static String normaliseBaseUrl(String url) {
        String u = url.trim();
        return u.endsWith("/") ? u : u + "/";
    }

    private static Vocabulary readTaxonomies(YamlValue.Mapping root, Diagnostics diags) {
        Map<TaxonomyKind, List<Term>> terms = new EnumMap<>(TaxonomyKind.class);
        YamlValue.Entry entry = root.entries().get("taxonomies");
        if (entry == null) {
            diags.error(root.pos(), "config.taxonomies-missing", diags.messages().listAnd(
                    Stream.of(TaxonomyKind.values()).map(k -> diags.messages().format(k.messageKey())).toList()));
            return new Vocabulary(terms);
        }
        if (!(entry.value() instanceof YamlValue.Mapping tax)) {
            Fields.wrongShape(entry.value(), "config.expected-mapping", "taxonomies", diags);
            return new Vocabulary(terms);
        }
        Set<String> kinds = new java.util.TreeSet<>();
        for (TaxonomyKind k : TaxonomyKind.values()) {
            kinds.add(k.key());
        }
        checkKeys(tax, kinds, diags);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            YamlValue.Entry e = tax.entries().get(kind.key());
            if (e == null) {
                diags.error(tax.pos(), "config.taxonomy-missing", kind.key());
                continue;
            }
            terms.put(kind, readTerms(kind, e.value(), diags));
        }
        return new Vocabulary(terms);
    }

    /**
     * {@code synonyms:} maps a word to the words search should treat as the same ({@code 传帮带: [以老带新,
     * 师带徒]}); each becomes one group, the word first. A word may stand in one group only (else a
     * query could not tell which group it belongs to) and must hold a letter, digit or Chinese character.
     */
    private static List<List<String>> readSynonyms(YamlValue.Mapping root, Diagnostics diags) {
        List<List<String>> groups = new ArrayList<>();
        YamlValue.Entry entry = root.entries().get("synonyms");
        if (entry == null || entry.value() instanceof YamlValue.Scalar s && s.text().isEmpty() && s.plain()) {
            return groups;
        }
        if (!(entry.value() instanceof YamlValue.Mapping m)) {
            Fields.wrongShape(entry.value(), "config.expected-mapping", "synonyms", diags);
            return groups;
        }
        Map<String, SourcePos> seen = new HashMap<>();
        for (YamlValue.Entry e : m.entries().values()) {
            List<YamlValue.Scalar> items = Fields.scalars(m, e.key(), diags);
            if (items.isEmpty() && Fields.toldAsWrongShape(e.value())) {
                continue; // something other than text was written, and reported as what it is
            }
            if (items.isEmpty()) {
                diags.error(e.keyPos(), "config.synonyms-empty", e.key());
                continue;
            }
            List<String> group = new ArrayList<>();
            boolean ok = synonym(e.key(), e.keyPos(), seen, diags, group);
            for (YamlValue.Scalar item : items) {
                ok &= synonym(item.text(), item.pos(), seen, diags, group);
            }
            if (ok) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static boolean synonym(String word, SourcePos pos, Map<String, SourcePos> seen, Diagnostics diags,
            List<String> group) {
        String w = word.strip();
        if (w.codePoints().noneMatch(Character::isLetterOrDigit)) {
            diags.error(pos, "config.synonym-word", word);
            return false;
        }
        SourcePos first = seen.putIfAbsent(TermNames.normalise(w), pos);
        if (first != null) {
            diags.error(pos, "config.synonym-duplicate", w, first.line());
            return false;
        }
        group.add(w);
        return true;
    }

    private static List<Term> readTerms(TaxonomyKind kind, YamlValue value, Diagnostics diags) {
        List<Term> result = new ArrayList<>();
        if (!(value instanceof YamlValue.Sequence seq) || seq.items().isEmpty()) {
            Fields.wrongShape(value, "config.terms-list", kind.key(), diags);
            return result;
        }
        Map<String, SourcePos> seenNames = new HashMap<>();
        Map<String, SourcePos> seenSlugs = new HashMap<>();
        for (YamlValue item : seq.items()) {
            if (!(item instanceof YamlValue.Mapping m)) {
                Fields.wrongShape(item, "config.term-mapping", kind.key(), diags);
                continue;
            }
            checkKeys(m, TERM_KEYS, diags);
            String name = Fields.string(m, "name", diags).map(String::strip).orElse("");
            String slug = Fields.string(m, "slug", diags).map(String::strip).orElse("");
            List<YamlValue.Scalar> aliasItems = Fields.scalars(m, "aliases", diags);
            String description = Fields.string(m, "description", diags).orElse("");
            if (Fields.notText(m, "name") || Fields.notText(m, "slug")) {
                continue; // reported as what was found instead of text
            }
            if (name.isEmpty()) {
                diags.error(m.pos(), "config.term-name", kind.key());
                continue;
            }
            if (slug.isEmpty()) {
                SourcePos at = m.entries().containsKey("slug") ? m.entries().get("slug").value().pos() : m.pos();
                diags.error(at, "config.term-slug-missing", name);
                continue;
            }
            if (!Term.isValidSlug(slug)) {
                diags.error(m.entries().get("slug").value().pos(), "config.term-slug", slug, name);
                continue;
            }
            SourcePos namePos = m.entries().get("name").value().pos();
            if (!claim(seenNames, TermNames.normalise(name), namePos, diags)) {
                continue;
            }
            boolean aliasesOk = true;
            List<String> aliases = new ArrayList<>();
            for (YamlValue.Scalar alias : aliasItems) { // one alias may be written as plain text
                aliases.add(alias.text());
                aliasesOk &= claim(seenNames, TermNames.normalise(alias.text()), alias.pos(), diags);
            }
            SourcePos slugPos = m.entries().get("slug").value().pos();
            if (seenSlugs.containsKey(slug.toLowerCase(Locale.ROOT))) {
                SourcePos first = seenSlugs.get(slug.toLowerCase(Locale.ROOT));
                diags.error(slugPos, "config.term-slug-duplicate", slug, first.line());
                continue;
            }
            seenSlugs.put(slug.toLowerCase(Locale.ROOT), slugPos);
            if (aliasesOk) {
                result.add(new Term(kind, name, slug, aliases, description));
            }
        }
        return result;
    }

    private static boolean claim(Map<String, SourcePos> seen, String name, SourcePos pos, Diagnostics diags) {
        SourcePos first = seen.putIfAbsent(name, pos);
        if (first != null) {
            diags.error(pos, "config.term-name-duplicate", name, first.line());
            return false;
        }
        return true;
    }

    static void checkKeys(YamlValue.Mapping m, Set<String> allowed, Diagnostics diags) {
        for (YamlValue.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                String hint = Suggestions.closest(e.key(), allowed)
                        .map(s -> diags.messages().format("hint.did-you-mean", s))
                        .orElse(diags.messages().format("config.unknown-key.hint", String.join(", ", new java.util.TreeSet<>(allowed))));
                diags.reportWithHint(e.keyPos(), org.casebook.diag.Severity.ERROR, "config.unknown-key", hint, e.key());
            }
        }
    }
}
