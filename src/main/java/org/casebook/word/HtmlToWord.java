package org.casebook.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A case body's HTML (already cleaned: only safe elements remain) as Word paragraphs: headings,
 * paragraphs with bold, italic, struck-through and code runs, lists, quotes, tables, pictures and
 * footnotes. Links keep their text; a picture comes from the file the case links, embedded.
 */
final class HtmlToWord {

    private final XWPFDocument doc;
    private final Function<String, Optional<Path>> files;
    private final Pictures pictures;
    private final String pagePath;
    private final Map<String, Element> footnotes = new HashMap<>();
    /** The document's drawings so far: each gets the next id. */
    private final java.util.concurrent.atomic.AtomicLong drawings;

    /**
     * @param pagePath the case page the body's relative links are written for ({@code cases/x/index.html})
     * @param files    the file in the knowledge base behind a site path the body links to
     */
    HtmlToWord(XWPFDocument doc, String pagePath, Function<String, Optional<Path>> files, Pictures pictures,
            java.util.concurrent.atomic.AtomicLong drawings) {
        this.pictures = pictures;
        this.doc = doc;
        this.drawings = drawings;
        this.pagePath = pagePath;
        this.files = files;
    }

    void body(String html) {
        Element root = Jsoup.parseBodyFragment(html).body();
        for (Element li : root.select("div.footnotes li[id]")) {
            footnotes.put(li.id(), li);
        }
        blocks(root, 0);
    }

    private void blocks(Element parent, int listDepth) {
        StringBuilder loose = new StringBuilder();
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t) {
                loose.append(t.text());
                continue;
            }
            if (!(n instanceof Element e)) {
                continue;
            }
            if (isInline(e)) {
                // inline content directly in a block container: gather it into one paragraph
                if (!loose.toString().isBlank() || !e.text().isBlank() || e.is("img")) {
                    XWPFParagraph p = doc.createParagraph();
                    if (!loose.toString().isBlank()) {
                        p.createRun().setText(loose.toString().strip());
                    }
                    inline(p, e, Format.PLAIN);
                }
                loose.setLength(0);
                continue;
            }
            flushLoose(loose);
            block(e, listDepth);
        }
        flushLoose(loose);
    }

    private void flushLoose(StringBuilder loose) {
        if (!loose.toString().isBlank()) {
            doc.createParagraph().createRun().setText(loose.toString().strip());
        }
        loose.setLength(0);
    }

    private void block(Element e, int listDepth) {
        switch (e.tagName()) {
            case "h1", "h2" -> paragraph(e, WordStyles.HEADING_2);
            case "h3" -> paragraph(e, WordStyles.HEADING_3);
            case "h4", "h5", "h6" -> paragraph(e, WordStyles.HEADING_4);
            case "p" -> paragraph(e, WordStyles.NORMAL);
            case "blockquote" -> quote(e);
            case "ul", "ol" -> list(e, listDepth);
            case "table" -> table(e);
            case "pre" -> code(e);
            case "hr" -> { }
            default -> {
                if (e.hasClass("footnotes")) {
                    return; // their text goes into Word's own footnotes
                }
                if (e.hasClass("internal-block-label")) {
                    XWPFParagraph p = paragraph(e, WordStyles.NORMAL);
                    p.getRuns().forEach(r -> r.setBold(true));
                    return;
                }
                blocks(e, listDepth);
            }
        }
    }

    private XWPFParagraph paragraph(Element e, String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        for (Node n : e.childNodes()) {
            inlineNode(p, n, Format.PLAIN);
        }
        return p;
    }

    private void quote(Element e) {
        for (Element child : e.children()) {
            if (child.is("p")) {
                paragraph(child, WordStyles.QUOTE);
            } else {
                block(child, 0);
            }
        }
    }

    private void list(Element list, int depth) {
        int number = 1;
        if (list.is("ol") && list.hasAttr("start")) {
            try {
                number = Integer.parseInt(list.attr("start"));
            } catch (NumberFormatException ignored) {
                number = 1;
            }
        }
        for (Element li : list.children()) {
            if (!li.is("li")) {
                continue;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(WordStyles.LIST);
            p.setIndentationLeft(640 * (depth + 1));
            p.setIndentationHanging(400);
            Element box = li.selectFirst("> input[type=checkbox]");
            String mark = box != null ? (box.hasAttr("checked") ? "☑ " : "☐ ")
                    : list.is("ol") ? (number++) + ". " : "• ";
            p.createRun().setText(mark);
            for (Node n : li.childNodes()) {
                if (n instanceof Element child && (child.is("ul") || child.is("ol"))) {
                    list(child, depth + 1);
                } else if (n instanceof Element child && child.is("p")) {
                    for (Node m : child.childNodes()) {
                        inlineNode(p, m, Format.PLAIN);
                    }
                } else if (!(n instanceof Element child && child.is("input"))) {
                    inlineNode(p, n, Format.PLAIN);
                }
            }
        }
    }

    private void code(Element pre) {
        for (String line : pre.wholeText().replaceAll("\\n$", "").split("\\n", -1)) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(WordStyles.CODE);
            XWPFRun r = p.createRun();
            r.setFontFamily("Consolas", XWPFRun.FontCharRange.ascii);
            r.setText(line.isEmpty() ? " " : line);
        }
    }

    private void table(Element html) {
        var rows = html.select("> thead > tr, > tbody > tr, > tr");
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> r.select("> th, > td").size()).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), Math.max(1, columns));
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            var cells = rows.get(i).select("> th, > td");
            if (i == 0 && rows.get(i).parent() != null && rows.get(i).parent().is("thead")) {
                row.setRepeatHeader(true);
            }
            for (int j = 0; j < columns; j++) {
                XWPFTableCell cell = row.getCell(j);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(WordStyles.TABLE_TEXT);
                if (j < cells.size()) {
                    Element c = cells.get(j);
                    String align = c.attr("align").toLowerCase(Locale.ROOT);
                    p.setAlignment(align.equals("right") ? ParagraphAlignment.RIGHT
                            : align.equals("center") ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                    Format f = c.is("th") ? Format.PLAIN.withBold() : Format.PLAIN;
                    for (Node n : c.childNodes()) {
                        inlineNode(p, n, f);
                    }
                }
            }
        }
        doc.createParagraph(); // Word joins two tables that touch; a paragraph keeps them apart
    }

    // ---- inline content

    /** How a run looks: the formatting its enclosing inline elements ask for. */
    private record Format(boolean bold, boolean italic, boolean strike, boolean code) {
        static final Format PLAIN = new Format(false, false, false, false);

        Format withBold() {
            return new Format(true, italic, strike, code);
        }

        Format withItalic() {
            return new Format(bold, true, strike, code);
        }

        Format withStrike() {
            return new Format(bold, italic, true, code);
        }

        Format withCode() {
            return new Format(bold, italic, strike, true);
        }
    }

    private static boolean isInline(Element e) {
        return switch (e.tagName()) {
            case "a", "strong", "b", "em", "i", "del", "s", "code", "span", "sup", "sub", "img", "br", "mark",
                    "time", "abbr", "small", "u", "kbd", "input" -> true;
            default -> false;
        };
    }

    private void inlineNode(XWPFParagraph p, Node n, Format f) {
        if (n instanceof TextNode t) {
            text(p, t.text(), f);
        } else if (n instanceof Element e) {
            inline(p, e, f);
        }
    }

    private void inline(XWPFParagraph p, Element e, Format f) {
        switch (e.tagName()) {
            case "strong", "b" -> children(p, e, f.withBold());
            case "em", "i" -> children(p, e, f.withItalic());
            case "del", "s" -> children(p, e, f.withStrike());
            case "code", "kbd" -> children(p, e, f.withCode());
            case "br" -> p.createRun().addBreak();
            case "img" -> picture(p, e);
            case "input" -> { }
            case "sup" -> {
                Element ref = e.selectFirst("a.footnote-ref");
                if (ref != null) {
                    footnote(p, ref.attr("href"));
                } else {
                    XWPFRun r = p.createRun();
                    r.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
                    r.setText(e.text());
                }
            }
            default -> {
                if (e.hasClass("footnote-backref")) {
                    return;
                }
                children(p, e, f);
            }
        }
    }

    private void children(XWPFParagraph p, Element e, Format f) {
        for (Node n : e.childNodes()) {
            inlineNode(p, n, f);
        }
    }

    private static void text(XWPFParagraph p, String text, Format f) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun r = p.createRun();
        r.setText(text);
        if (f.bold()) {
            r.setBold(true);
        }
        if (f.italic()) {
            r.setItalic(true);
        }
        if (f.strike()) {
            r.setStrikeThrough(true);
        }
        if (f.code()) {
            r.setFontFamily("Consolas", XWPFRun.FontCharRange.ascii);
            r.setFontFamily("Consolas", XWPFRun.FontCharRange.hAnsi);
        }
    }

    private void footnote(XWPFParagraph p, String href) {
        Element li = href.startsWith("#") ? footnotes.get(href.substring(1)) : null;
        if (li == null) {
            return;
        }
        XWPFFootnote note = doc.createFootnote();
        XWPFParagraph np = note.createParagraph();
        np.setStyle(WordStyles.FOOTNOTE);
        XWPFRun space = np.createRun();
        space.setText(" ");
        Element content = li.selectFirst("> p");
        children(np, content == null ? li : content, Format.PLAIN);
        p.addFootnoteReference(note);
    }

    // ---- pictures

    private void picture(XWPFParagraph p, Element img) {
        Optional<Path> file = resolve(img.attr("src")).flatMap(files);
        Optional<PictureType> type = file.flatMap(HtmlToWord::typeOf);
        if (file.isEmpty() || type.isEmpty()) {
            text(p, img.attr("alt"), Format.PLAIN);
            return;
        }
        try {
            Pictures.Picture picture = pictures.read(file.get(), type.get());
            byte[] bytes = picture.bytes();
            long width = Units.pixelToEMU((int) Math.round(picture.width()));
            long height = Units.pixelToEMU((int) Math.round(picture.height()));
            if (width > WordPage.TEXT_WIDTH_EMU) {
                height = Math.round(height * (double) WordPage.TEXT_WIDTH_EMU / width);
                width = WordPage.TEXT_WIDTH_EMU;
            }
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setIndentationFirstLine(0);
            p.setSpacingLineRule(org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
            p.setSpacingBetween(1.0);
            // the picture's description is what a screen reader and Word's alt-text pane show
            String name = img.attr("alt").isBlank() ? file.get().getFileName().toString() : img.attr("alt");
            XWPFRun run = p.createRun();
            if (type.get() == PictureType.SVG) {
                SvgPicture.add(doc, run, bytes, name, width, height);
            } else {
                run.addPicture(new ByteArrayInputStream(bytes), type.get(), name, (int) width, (int) height);
            }
            SvgPicture.numberDrawing(run, drawings.incrementAndGet());
            if (!img.attr("alt").isBlank()) {
                XWPFParagraph caption = doc.createParagraph();
                caption.setStyle(WordStyles.META);
                caption.createRun().setText(img.attr("alt"));
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            text(p, img.attr("alt"), Format.PLAIN);
        }
    }

    /** The site path a body's relative {@code src} names, resolved against the case page. */
    private Optional<String> resolve(String src) {
        try {
            URI u = new URI(null, null, pagePath, null).resolve(new URI(src));
            if (u.getScheme() != null || u.getPath() == null || u.getPath().startsWith("..")) {
                return Optional.empty();
            }
            return Optional.of(u.getPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<PictureType> typeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Optional.of(PictureType.PNG);
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of(PictureType.JPEG);
        } else if (name.endsWith(".gif")) {
            return Optional.of(PictureType.GIF);
        } else if (name.endsWith(".bmp")) {
            return Optional.of(PictureType.BMP);
        } else if (name.endsWith(".svg")) {
            return Optional.of(PictureType.SVG);
        }
        return Optional.empty();
    }

    static BigInteger twips(int n) {
        return BigInteger.valueOf(n);
    }
}
