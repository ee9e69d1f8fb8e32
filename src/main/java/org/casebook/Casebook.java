package org.casebook;

import org.casebook.config.BuildClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.audience.Audience;
import org.casebook.cases.SourceReader;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostic;
import org.casebook.fix.CaseFixer;
import org.casebook.importer.ImportResult;
import org.casebook.importer.WordDraft;
import org.casebook.importer.WordImporter;
import org.casebook.importer.WordReading;

/**
 * Builds a knowledge base into a static site. Immutable; each setter returns a new instance.
 *
 * <pre>{@code
 * BuildResult r = Casebook.at(Path.of("/srv/kb")).output(Path.of("/var/www/kb")).audience(Audience.PUBLIC).build();
 * if (!r.ok()) r.diagnostics().forEach(System.err::println);
 *
 * BuildResult c = Casebook.at(Path.of("/srv/kb")).check();   // the same checks, nothing written
 * }</pre>
 */
public final class Casebook {

    private final BuildOptions options;
    private final BuildProgress progress;

    private Casebook(BuildOptions options, BuildProgress progress) {
        this.options = options;
        this.progress = progress;
    }

    /** A knowledge base folder (holding {@code casebook.yml} and {@code cases/}); output defaults to its {@code site/}. */
    public static Casebook at(Path kbDir) {
        return new Casebook(new BuildOptions(kbDir, null, false), BuildProgress.NONE);
    }

    public Casebook output(Path outDir) {
        return new Casebook(new BuildOptions(options.kbDir(), outDir, options.drafts(), options.audience(), options.clock(),
                options.cache()), progress);
    }

    public Casebook drafts(boolean include) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), include, options.audience(), options.clock(),
                options.cache()), progress);
    }

    /**
     * Where the build cache is kept (default: {@code .casebook/cache} in the knowledge base). The
     * cache holds the rendered bodies of earlier builds, keyed by everything they were made from;
     * it only saves time, and deleting it is always safe.
     */
    public Casebook cache(Path dir) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), options.drafts(), options.audience(),
                options.clock(), Optional.of(dir)), progress);
    }

    /** Builds without the build cache: nothing is read from or written to it. */
    public Casebook noCache() {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), options.drafts(), options.audience(),
                options.clock(), Optional.empty()), progress);
    }

    /** Where the build reports what it is doing (a terminal progress line); nothing by default. */
    public Casebook progress(BuildProgress listener) {
        return new Casebook(options, listener);
    }

    /**
     * Who the site is for. A {@link Audience#PUBLIC} build holds no internal case, passage, or term
     * used only by internal cases, in any page, index, feed or file. Without this call the knowledge
     * base's {@code audience} setting applies (internal when it has none).
     */
    public Casebook audience(Audience audience) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), options.drafts(),
                Optional.of(audience), options.clock(), options.cache()), progress);
    }

    /**
     * The build's clock: "today" for date checks and every generated-at date in the site. Without
     * this call {@code SOURCE_DATE_EPOCH} applies when set, else the computer's clock.
     */
    public Casebook clock(BuildClock clock) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), options.drafts(),
                options.audience(), clock, options.cache()), progress);
    }

    public BuildOptions options() {
        return options;
    }

    /** Builds the site; on any error the previous site is left untouched. Never throws for bad content. */
    public BuildResult build() {
        return new Build(options, Build.Mode.BUILD, progress).run();
    }

    /**
     * Runs every check of a build (configuration, YAML, fields, terms, dates, slugs, titles, links,
     * encodings) and reports every problem found, writing nothing. The result's {@code ok} is false
     * when an error was found; warnings are in the diagnostics.
     */
    public BuildResult check() {
        return new Build(options, Build.Mode.CHECK, progress).run();
    }

    /**
     * Repairs the mechanical slips {@code check} recognises (Chinese-keyboard front matter, traces of
     * Word, GBK or UTF-16 files) in the given case files, or in every case file of the knowledge base
     * when none is given. Each file is replaced atomically, and never when it changed after it was
     * read. A folder among the files stands for the case files in it ({@code cases/洋浦}). With
     * {@code dryRun} nothing is written and the outcomes say what would change.
     */
    public List<CaseFixer.Outcome> fix(List<Path> files, boolean dryRun) {
        List<Path> targets = files;
        if (targets.isEmpty() || targets.stream().anyMatch(Files::isDirectory)) {
            List<Path> all = new SourceReader(options.kbDir(), new Diagnostics(Messages.forLanguage("en"))).list();
            targets = files.isEmpty() ? all : files.stream().flatMap(f -> Files.isDirectory(f) ? within(all, f) : Stream.of(f))
                    .toList();
        }
        CaseFixer fixer = new CaseFixer();
        return targets.stream().map(f -> fixer.fix(f, dryRun)).toList();
    }

    private static Stream<Path> within(List<Path> files, Path folder) {
        Path inside = folder.toAbsolutePath().normalize();
        return files.stream().filter(p -> p.toAbsolutePath().normalize().startsWith(inside));
    }

    /**
     * Reads a Word document (.docx) into a draft case for this knowledge base: body as Markdown, front
     * matter proposed from the document (title, date, unit, terms named in the text, a slug from the
     * title's pinyin). Nothing is written. A .doc or .wps is refused with the advice to save it as .docx.
     */
    public WordReading readWord(Path docx) {
        Path kb = options.kbDir().toAbsolutePath().normalize();
        Diagnostics diags = new Diagnostics(Messages.forLanguage(ConfigLoader.peekLanguage(kb)));
        Optional<SiteConfig> config = ConfigLoader.load(kb, diags);
        if (config.isEmpty()) {
            return new WordReading(Optional.empty(), diags.sorted(), config);
        }
        Set<String> taken = new HashSet<>();
        for (Path p : new SourceReader(kb, diags).list()) {
            String name = p.getFileName().toString();
            taken.add(name.substring(0, name.length() - 3).toLowerCase(java.util.Locale.ROOT));
        }
        Optional<WordDraft> draft = WordImporter.read(docx, config.get(), taken, diags);
        return new WordReading(draft, diags.sorted(), config);
    }

    /**
     * Writes a draft (as read, or with the contributor's choices) as a case file with its images beside
     * it, never over an existing file, then checks the knowledge base and returns what is still reported
     * for the new case: empty when it passes {@code check --strict} as it is.
     */
    public ImportResult importWord(WordDraft draft) {
        Path kb = options.kbDir().toAbsolutePath().normalize();
        Diagnostics diags = new Diagnostics(Messages.forLanguage(ConfigLoader.peekLanguage(kb)));
        Optional<SiteConfig> config = ConfigLoader.load(kb, diags);
        if (config.isEmpty()) {
            return new ImportResult(Optional.empty(), diags.sorted());
        }
        Optional<WordImporter.Written> written = WordImporter.write(kb, config.get(), draft, diags);
        if (written.isEmpty()) {
            return new ImportResult(written, diags.sorted());
        }
        String rel = kb.relativize(written.get().caseFile()).toString().replace('\\', '/');
        List<Diagnostic> mine = check().diagnostics().stream()
                .filter(d -> d.pos().file().equals(rel)).toList();
        return new ImportResult(written, mine);
    }

    /**
     * Checks only the given case files (absolute, or relative to the working directory) against the
     * whole knowledge base: their links, terms, slugs and titles are checked as in a full check, and
     * only problems in these files (and in casebook.yml) are reported. A file that is not a case file
     * of this knowledge base is reported as such.
     */
    public BuildResult check(java.util.List<Path> files) {
        java.util.Set<String> rel = new java.util.TreeSet<>();
        java.util.List<org.casebook.diag.Diagnostic> outside = new java.util.ArrayList<>();
        org.casebook.diag.Messages messages = org.casebook.diag.Messages.forLanguage(
                org.casebook.config.ConfigLoader.peekLanguage(options.kbDir()));
        Path cases = options.kbDir().resolve(org.casebook.cases.SourceReader.CASES);
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            String shown = abs.startsWith(options.kbDir()) ? options.kbDir().relativize(abs).toString().replace('\\', '/')
                    : f.toString();
            if (!abs.startsWith(cases) || !java.nio.file.Files.isRegularFile(abs)) {
                String key = java.nio.file.Files.isRegularFile(abs) ? "check.not-in-cases" : "check.no-such-file";
                outside.add(new org.casebook.diag.Diagnostic(org.casebook.diag.SourcePos.of(shown),
                        org.casebook.diag.Severity.ERROR, key, messages.format(key, shown, options.kbDir()),
                        messages.has(key + ".hint") ? messages.format(key + ".hint", shown, options.kbDir()) : ""));
            } else {
                rel.add(shown);
            }
        }
        if (rel.isEmpty()) {
            BuildStats stats = new BuildStats(0, 0, 0, java.util.Map.of(), java.time.Duration.ZERO);
            return new BuildResult(false, outside, stats, options.outDir());
        }
        BuildResult r = new Build(options, Build.Mode.CHECK, progress).only(rel).run();
        if (outside.isEmpty()) {
            return r;
        }
        java.util.List<org.casebook.diag.Diagnostic> all = new java.util.ArrayList<>(outside);
        all.addAll(r.diagnostics());
        all.sort(org.casebook.diag.Diagnostic.ORDER);
        return new BuildResult(false, java.util.List.copyOf(all), r.stats(), r.output(), r.audience());
    }

    /**
     * The knowledge base holding {@code start}: the nearest folder at or above it with a casebook.yml;
     * {@code start} itself (a folder) when there is none, so that the missing file is reported there.
     */
    public static Path findKnowledgeBase(Path start) {
        Path abs = start.toAbsolutePath().normalize();
        Path dir = java.nio.file.Files.isDirectory(abs) ? abs : abs.getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (java.nio.file.Files.isRegularFile(d.resolve(org.casebook.config.ConfigLoader.FILE))) {
                return d;
            }
        }
        return dir == null ? abs : dir;
    }

    /** The version of this generator, from the jar's manifest ("dev" when run from classes). */
    public static String version() {
        String v = Casebook.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
