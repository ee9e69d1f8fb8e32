package org.casebook.word;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casebook.config.Presentation;
import org.casebook.kb.Case;
import org.casebook.render.markdown.RenderedBody;
import org.casebook.render.page.SitePaths;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/** One Word document: a collection (cover, contents, numbered cases) or a single case. */
final class WordBook {

    /** A collection's cover: its title, the compiling unit, the date, the count, and its volume if split. */
    record Cover(String title, String organization, LocalDate date, int total, String volumeLine) {
    }

    private final Map<String, String> strings;
    private final Presentation presentation;
    private final Function<Case, RenderedBody> bodies;
    private final Function<String, Optional<Path>> files;
    private final String siteTitle;
    private final Pictures pictures = new Pictures();

    WordBook(String siteTitle, Map<String, String> strings, Presentation presentation, Function<Case, RenderedBody> bodies,
            Function<String, Optional<Path>> files) {
        this.siteTitle = siteTitle;
        this.strings = strings;
        this.presentation = presentation;
        this.bodies = bodies;
        this.files = files;
    }

    /** A collection: cover, table of contents, then case {@code firstNumber}, {@code firstNumber + 1}… */
    byte[] collection(Cover cover, List<Case> cases, int firstNumber) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        try {
            WordStyles.install(doc);
            WordPage.setUp(doc, true);
            coverPage(doc, cover);
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle(WordStyles.TOC_HEADING);
            heading.createRun().setText(string("print_toc"));
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                entries.add(caseHeading(firstNumber + i, cases.get(i).title()));
            }
            WordFields.tableOfContents(doc, entries, string("print_empty"));
            doc.enforceUpdateFields();
            var drawings = new java.util.concurrent.atomic.AtomicLong();
            for (int i = 0; i < cases.size(); i++) {
                caseSection(doc, cases.get(i), entries.get(i), drawings);
            }
            return finish(doc, cover.title(), cover.date());
        } finally {
            discard(doc);
        }
    }

    /** One case on its own: its title, facts and body, the page number at the foot. */
    byte[] single(Case c, LocalDate date) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        try {
            WordStyles.install(doc);
            WordPage.setUp(doc, false);
            caseSection(doc, c, c.title(), new java.util.concurrent.atomic.AtomicLong());
            return finish(doc, c.title(), date);
        } finally {
            discard(doc);
        }
    }

    /**
     * Lets go of a document already written. Not {@code close()}: a new document's package lives in
     * memory, and closing it saves (serialises and compresses) the whole document once more, for nothing.
     */
    private static void discard(XWPFDocument doc) {
        doc.getPackage().revert();
    }

    String caseHeading(int number, String title) {
        return string("word_case_heading").replace("{0}", String.valueOf(number)).replace("{1}", title);
    }

    private void coverPage(XWPFDocument doc, Cover cover) {
        XWPFParagraph top = doc.createParagraph();
        top.setStyle(WordStyles.SUBTITLE);
        WordStyles.spacing(top.getCTPPr(), WordPage.twips(40), 0);
        top.createRun().setText(siteTitle);
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(WordStyles.TITLE);
        WordStyles.spacing(title.getCTPPr(), WordPage.twips(20), WordPage.twips(60));
        title.createRun().setText(cover.title());
        if (!cover.volumeLine().isEmpty()) {
            subtitle(doc, cover.volumeLine());
        }
        subtitle(doc, string("print_cover_count").replace("{0}", String.valueOf(cover.total())));
        XWPFParagraph gap = doc.createParagraph();
        WordStyles.spacing(gap.getCTPPr(), WordPage.twips(60), 0);
        if (!cover.organization().isEmpty()) {
            subtitle(doc, cover.organization());
        }
        if (cover.date() != null) {
            subtitle(doc, presentation.format(cover.date()));
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void subtitle(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(WordStyles.SUBTITLE);
        p.createRun().setText(text);
    }

    /** A case: its numbered title on a new page, date and unit, its terms, summary, then the body. */
    private void caseSection(XWPFDocument doc, Case c, String heading, java.util.concurrent.atomic.AtomicLong drawings) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(WordStyles.CASE_TITLE);
        title.createRun().setText(heading);
        List<String> facts = new ArrayList<>();
        c.date().ifPresent(d -> facts.add(presentation.format(d)));
        if (!c.unit().isBlank()) {
            facts.add(c.unit());
        }
        if (!facts.isEmpty()) {
            XWPFParagraph meta = doc.createParagraph();
            meta.setStyle(WordStyles.META);
            meta.createRun().setText(String.join("　", facts));
        }
        XWPFParagraph terms = doc.createParagraph();
        terms.setStyle(WordStyles.META);
        terms.createRun().setText(termLine(c));
        if (!c.summary().isBlank()) {
            XWPFParagraph summary = doc.createParagraph();
            var label = summary.createRun();
            label.setBold(true);
            label.setText(string("case_summary") + "：");
            summary.createRun().setText(c.summary());
        }
        new HtmlToWord(doc, SitePaths.casePage(c.slug()), files, pictures, drawings).body(bodies.apply(c).html());
    }

    /** 园区：A、B　主题：C　方式：D: each label once, its terms after it. */
    String termLine(Case c) {
        List<String> parts = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            List<Term> terms = c.terms(kind);
            if (!terms.isEmpty()) {
                parts.add(string(kind.uiKey()) + "：" + String.join("、", terms.stream().map(Term::name).toList()));
            }
        }
        return String.join("　", parts);
    }

    /** Document properties from the build's date (not the clock), then bytes with fixed zip times. */
    private byte[] finish(XWPFDocument doc, String title, LocalDate date) throws IOException {
        LocalDate day = date == null ? LocalDate.of(1980, 1, 1) : date;
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date at = Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setTitle(title);
        core.setCreator(presentation.organization().isEmpty() ? siteTitle : presentation.organization());
        doc.getProperties().getExtendedProperties().setApplication("Casebook");
        return FixedZip.write(doc, day.atStartOfDay());
    }

    private String string(String key) {
        return strings.getOrDefault(key, key);
    }
}
