package org.casebook.word;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    byte[] collection(Cover cover, List<Case> cases, int firstNumber, Function<Case, Fragment> fragments)
            throws IOException {
        // every case's title carries a bookmark, so that the other cases' links to it go there
        Map<String, String> bookmarks = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            bookmarks.put(cases.get(i).slug(), bookmark(firstNumber + i));
        }
        try (DocxDocument doc = new DocxDocument(true, bookmarks)) {
            WordBody front = new WordBody();
            coverPage(front, cover);
            front.para(WordStyles.TOC_HEADING).text(string("print_toc"));
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                entries.add(caseHeading(firstNumber + i, cases.get(i).title()));
            }
            WordFields.tableOfContents(front, entries, string("print_empty"));
            doc.add(front);
            for (int i = 0; i < cases.size(); i++) {
                doc.add(title(entries.get(i), firstNumber + i));
                doc.splice(fragments.apply(cases.get(i)));
            }
            return doc.finish(cover.title(), creator(), day(cover.date()));
        }
    }

    /** One case on its own: its title, facts and body, the page number at the foot; {@code date} null when it has none. */
    byte[] single(Case c, LocalDate date, Fragment fragment) throws IOException {
        try (DocxDocument doc = new DocxDocument(false, Map.of())) {
            doc.add(title(c.title(), 0));
            doc.splice(fragment);
            return doc.finish(c.title(), creator(), date);
        }
    }

    /** A case below its title, as every document holding it has it: date and unit, terms, summary, body. */
    Fragment fragment(Case c) {
        WordBody body = new WordBody();
        List<String> facts = new ArrayList<>();
        c.date().ifPresent(d -> facts.add(presentation.format(d)));
        if (!c.unit().isBlank()) {
            facts.add(c.unit());
        }
        if (!facts.isEmpty()) {
            body.para(WordStyles.META).text(String.join("　", facts));
        }
        body.para(WordStyles.META).text(termLine(c));
        if (!c.summary().isBlank()) {
            body.para(null).text(string("case_summary") + "：", WordBody.Format.BOLD).text(c.summary());
        }
        HtmlToWord html = new HtmlToWord(body, SitePaths.casePage(c.slug()), files, pictures);
        html.body(bodies.apply(c).html());
        StringBuilder xml = new StringBuilder(32 * 1024);
        body.write(xml);
        return Fragment.of(xml, html.notes(), html.media(), html.drawings(), html.footnotes(), body.styles(), html.links());
    }

    /**
     * The case's title paragraph: numbered in a collection, starting a new page by its style. In a
     * collection ({@code number} &gt; 0) it holds the case's bookmark.
     */
    private static WordBody title(String heading, int number) {
        WordBody b = new WordBody();
        WordBody.Para p = b.para(WordStyles.CASE_TITLE);
        if (number > 0) {
            p.runs.append("<w:bookmarkStart w:id=\"").append(number).append("\" w:name=\"").append(bookmark(number))
                    .append("\"/>");
        }
        p.text(heading);
        if (number > 0) {
            p.runs.append("<w:bookmarkEnd w:id=\"").append(number).append("\"/>");
        }
        return b;
    }

    /**
     * The bookmark of case {@code number} in a collection: a name Word accepts whatever the slug is
     * (letters, digits and '_'), hidden from Word's list of bookmarks by its leading '_' as the
     * contents' own are.
     */
    static String bookmark(int number) {
        return "_Case" + number;
    }

    String caseHeading(int number, String title) {
        return string("word_case_heading").replace("{0}", String.valueOf(number)).replace("{1}", title);
    }

    /**
     * The cover on one page: the spaces (30 + 20 + 40 + 40 mm) and up to seven 28 pt lines stay within
     * the 225 mm of text height an A4 page with official margins has (checked in WordOutputTest).
     */
    private void coverPage(WordBody b, Cover cover) {
        WordBody.Para top = b.para(WordStyles.SUBTITLE).text(siteTitle);
        top.before = WordPage.twips(30);
        top.after = 0;
        WordBody.Para title = b.para(WordStyles.TITLE).text(cover.title());
        title.before = WordPage.twips(20);
        title.after = WordPage.twips(40);
        if (!cover.volumeLine().isEmpty()) {
            b.para(WordStyles.SUBTITLE).text(cover.volumeLine());
        }
        b.para(WordStyles.SUBTITLE).text(string("print_cover_count").replace("{0}", String.valueOf(cover.total())));
        WordBody.Para gap = b.para(null);
        gap.before = WordPage.twips(40);
        gap.after = 0;
        if (!cover.organization().isEmpty()) {
            b.para(WordStyles.SUBTITLE).text(cover.organization());
        }
        if (cover.date() != null) {
            // labelled as the HTML cover is: the newest case date, not the day it was printed
            b.para(WordStyles.SUBTITLE).text(string("print_cover_date").replace("{0}", presentation.format(cover.date())));
        }
        b.para(null).runs.append("<w:r><w:br w:type=\"page\"/></w:r>");
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

    /** The documents' creator: the compiling unit, else the site. */
    private String creator() {
        return presentation.organization().isEmpty() ? siteTitle : presentation.organization();
    }

    /** The properties' and the zip entries' date: the build's date (not the clock). */
    private static LocalDate day(LocalDate date) {
        return date == null ? DocxZip.EARLIEST.toLocalDate() : date;
    }

    private String string(String key) {
        return strings.getOrDefault(key, key);
    }
}
