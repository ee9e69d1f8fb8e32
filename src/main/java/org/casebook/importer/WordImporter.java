package org.casebook.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casebook.cases.CaseScaffold;
import org.casebook.cases.SourceReader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;
import org.casebook.fix.FrontMatterSlips;
import org.casebook.fix.SourceBytes;
import org.casebook.fix.WordArtefacts;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Reads a Word document into a {@link WordDraft} and writes a draft as a case file with its images
 * beside it ({@code cases/<park>/<slug>.md}, {@code cases/<park>/<slug>-1.png}). Problems are
 * diagnostics; nothing is thrown for a bad document, and an existing file is never overwritten.
 */
public final class WordImporter {

    /** Larger documents are refused before they are opened (images included). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern WHOLE_DATE = Pattern.compile("^[（(]?\\s*" + DATE.pattern() + "\\s*[）)]?$");

    static {
        // POI logs through Log4j's API; with no Log4j backend the API would print a warning on every run
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private WordImporter() {
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Reads a document; empty, with the reason reported, when it is not a readable .docx (a .doc or
     * .wps gets the advice to save it as .docx).
     *
     * @param takenSlugs slugs of the cases already there, so the proposed slug is free
     */
    public static Optional<WordDraft> read(Path docx, SiteConfig config, Set<String> takenSlugs, Diagnostics diags) {
        String name = docx.getFileName().toString();
        SourcePos pos = SourcePos.of(docx.toString().replace('\\', '/'));
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(docx)) {
            head = in.readNBytes(8);
            if (Files.size(docx) > MAX_BYTES) {
                diags.error(pos, "import.too-large", Files.size(docx) / (1024 * 1024), MAX_BYTES / (1024 * 1024));
                return Optional.empty();
            }
        } catch (IOException e) {
            diags.error(pos, "import.io", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        if (SourceBytes.isOle2(head) || lower.endsWith(".doc") || lower.endsWith(".wps")) {
            diags.error(pos, "import.doc", name);
            return Optional.empty();
        }
        if (!SourceBytes.isZip(head)) {
            diags.error(pos, "import.not-docx", name);
            return Optional.empty();
        }
        DocxReader reader;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            reader = new DocxReader(doc).read();
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign zip with runtime exceptions of its own
            diags.error(pos, "import.unreadable", name, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(draft(name, reader, config, takenSlugs));
    }

    static WordDraft draft(String source, DocxReader reader, SiteConfig config, Set<String> takenSlugs) {
        List<DocxReader.Block> blocks = new ArrayList<>(reader.blocks);
        List<WordDraft.Note> notes = new ArrayList<>();
        String title = takeTitle(blocks);
        Optional<LocalDate> date = Optional.empty();
        String unit = "";
        // the signature block (落款): the unit, then the date, as the last paragraphs
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == DocxReader.Kind.PARAGRAPH) {
            Optional<LocalDate> d = wholeDate(blocks.get(blocks.size() - 1).plain());
            if (d.isPresent()) {
                date = d;
                blocks.remove(blocks.size() - 1);
                if (!blocks.isEmpty() && isSignature(blocks.get(blocks.size() - 1))) {
                    unit = blocks.remove(blocks.size() - 1).plain();
                }
            }
        }
        // else a date line under the title: （2024年3月5日）
        for (int i = 0; date.isEmpty() && i < Math.min(3, blocks.size()); i++) {
            Optional<LocalDate> d = wholeDate(blocks.get(i).plain());
            if (d.isPresent()) {
                date = d;
                blocks.remove(i);
            }
        }
        if (date.isEmpty()) {
            notes.add(new WordDraft.Note("import.no-date", ""));
        }
        StringBuilder text = new StringBuilder(title).append('\n').append(unit).append('\n');
        blocks.forEach(b -> text.append(b.plain()).append('\n'));
        Map<TaxonomyKind, List<Term>> terms = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            terms.put(kind, TermFinder.find(config.vocabulary(), kind, text.toString(), unit));
        }
        String slug = Slugs.fromTitle(title, takenSlugs, "case-" + date.map(LocalDate::toString).orElse("imported"));
        reader.mergedTables.forEach(n -> notes.add(new WordDraft.Note("import.merged-cells", Integer.toString(n))));
        reader.unshownImages.forEach(ext -> notes.add(new WordDraft.Note("import.image-format", ext)));
        return new WordDraft(source, title, date, unit, terms, slug, body(blocks, reader.footnotes), reader.images,
                notes);
    }

    /** The title: a paragraph in Word's Title style, else the first paragraph when it reads like one. */
    private static String takeTitle(List<DocxReader.Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == DocxReader.Kind.TITLE) {
                return blocks.remove(i).plain();
            }
        }
        if (!blocks.isEmpty()) {
            DocxReader.Block first = blocks.get(0);
            boolean titleLike = (first.kind() == DocxReader.Kind.PARAGRAPH || first.kind() == DocxReader.Kind.HEADING)
                    && first.plain().length() <= 60 && !first.plain().matches(".*[。；！？]$");
            if (titleLike) {
                return blocks.remove(0).plain();
            }
        }
        return "";
    }

    private static boolean isSignature(DocxReader.Block b) {
        return b.kind() == DocxReader.Kind.PARAGRAPH && !b.plain().isEmpty() && b.plain().length() <= 40
                && !b.plain().matches(".*[。，；：！？,;:].*");
    }

    static Optional<LocalDate> wholeDate(String text) {
        Matcher m = WHOLE_DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return FrontMatterSlips.isoDate(m.group(1) + "年" + m.group(2) + "月" + m.group(3) + "日").map(LocalDate::parse);
    }

    /** Blocks joined: items of one list line by line, everything else separated by a blank line. */
    private static String body(List<DocxReader.Block> blocks, List<String> footnotes) {
        StringBuilder b = new StringBuilder();
        DocxReader.Kind previous = null;
        for (DocxReader.Block block : blocks) {
            if (previous != null) {
                b.append(previous == DocxReader.Kind.LIST && block.kind() == DocxReader.Kind.LIST ? "\n" : "\n\n");
            }
            b.append(block.markdown());
            previous = block.kind();
        }
        if (!footnotes.isEmpty()) {
            b.append("\n\n").append(String.join("\n", footnotes));
        }
        // what Word typed by hand (a • or 1． in the text itself) is repaired as casebook fix would
        List<String> lines = new ArrayList<>(List.of(b.toString().split("\n", -1)));
        for (WordArtefacts.Artefact a : WordArtefacts.scan(lines, 1)) {
            lines.set(a.line() - 1, a.repaired());
        }
        return String.join("\n", lines);
    }

    /** What a written draft left behind: the case file and its images. */
    public record Written(Path caseFile, List<Path> images) {
    }

    /**
     * Writes the draft as {@code cases/<park>/<slug>.md} (or {@code cases/<slug>.md} without a park)
     * with its images beside it. Empty, with the reason reported, when the file exists or cannot be written.
     */
    public static Optional<Written> write(Path kbDir, SiteConfig config, WordDraft draft, Diagnostics diags) {
        Path dir = kbDir.resolve(SourceReader.CASES);
        List<Term> parks = draft.terms(TaxonomyKind.place());
        if (!parks.isEmpty()) {
            dir = dir.resolve(parks.get(0).slug());
        }
        Path file = dir.resolve(draft.slug() + ".md");
        String rel = kbDir.relativize(file).toString().replace('\\', '/');
        if (Files.exists(file)) {
            diags.error(SourcePos.of(rel), "import.exists", rel);
            return Optional.empty();
        }
        List<String> imageNames = new ArrayList<>();
        for (int i = 0; i < draft.images().size(); i++) {
            String ext = draft.images().get(i).extension().equals("jpeg") ? "jpg" : draft.images().get(i).extension();
            imageNames.add(draft.slug() + "-" + (i + 1) + "." + ext);
        }
        String body = DocxReader.IMAGE_PLACEHOLDER.matcher(draft.body()).replaceAll(m -> {
            int n = Integer.parseInt(m.group(1));
            String alt = draft.images().get(n).alt("图 " + (n + 1));
            return Matcher.quoteReplacement("![" + Markdown.escape(alt) + "](" + imageNames.get(n) + ")");
        });
        String text = frontMatter(draft) + "\n" + body.strip() + "\n";
        List<Path> images = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < imageNames.size(); i++) {
                Path img = dir.resolve(imageNames.get(i));
                Files.write(img, draft.images().get(i).data(), StandardOpenOption.CREATE_NEW);
                images.add(img);
            }
            // CREATE_NEW: a file that appeared since the check above is never overwritten
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            diags.error(SourcePos.of(rel), "import.exists", kbDir.relativize(Path.of(e.getFile())).toString().replace('\\', '/'));
            return Optional.empty();
        } catch (IOException e) {
            org.casebook.io.WriteFailure.report(diags, rel, e);
            return Optional.empty();
        }
        return Optional.of(new Written(file, images));
    }

    /** The front matter; a field the document did not give is written empty, for check to point at. */
    static String frontMatter(WordDraft d) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(CaseScaffold.scalar(d.title())).append('\n');
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            List<Term> t = d.terms(kind);
            b.append(kind.key()).append(':');
            if (t.size() == 1) {
                b.append(' ').append(CaseScaffold.scalar(t.get(0).name()));
            } else if (t.size() > 1) {
                b.append(" [").append(String.join(", ", t.stream().map(x -> CaseScaffold.scalar(x.name())).toList()))
                        .append(']');
            }
            b.append('\n');
        }
        d.date().ifPresent(x -> b.append("date: ").append(x).append('\n'));
        if (!d.unit().isBlank()) {
            b.append("unit: ").append(CaseScaffold.scalar(d.unit())).append('\n');
        }
        b.append("source: ").append(CaseScaffold.scalar(d.source())).append('\n');
        return b.append("---\n").toString();
    }
}
