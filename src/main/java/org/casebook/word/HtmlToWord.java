package org.casebook.word;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.render.page.SitePaths;
import org.casebook.word.WordBody.Format;
import org.casebook.word.WordBody.Para;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A case body's HTML (already cleaned: only safe elements remain) as Word paragraphs: headings,
 * paragraphs with bold, italic, struck-through and code runs, lists, quotes, tables, pictures and
 * footnotes. Links keep their text; a link to another case's page is marked with tokens too, which
 * a collection holding that case makes a link to its title. A picture comes from the file the case
 * links, embedded. Drawing ids, picture relationships and footnote ids are written as tokens
 * ({@link Fragment}): the document that holds the body numbers them.
 */
final class HtmlToWord {

    // parsed once: a selector given as a string is parsed again on every call, and these run per element
    private static final Evaluator FOOTNOTE_ITEMS = Selector.evaluatorOf("div.footnotes li[id]");
    private static final Evaluator CHECKBOX = Selector.evaluatorOf("> input[type=checkbox]");
    private static final Evaluator TABLE_ROWS = Selector.evaluatorOf("> thead > tr, > tbody > tr, > tr");
    private static final Evaluator ROW_CELLS = Selector.evaluatorOf("> th, > td");
    private static final Evaluator FOOTNOTE_REF = Selector.evaluatorOf("a.footnote-ref");
    private static final Evaluator FIRST_PARAGRAPH = Selector.evaluatorOf("> p");

    /** EMU per CSS pixel (at 96 dpi). */
    private static final long EMU_PER_PIXEL = 9525;

    private final WordBody body;
    private final Function<String, Optional<Path>> files;
    private final Pictures pictures;
    private final String pagePath;
    private final Map<String, Element> footnoteItems = new HashMap<>();
    private final StringBuilder notes = new StringBuilder();
    private final List<Fragment.Media> media = new ArrayList<>();
    private final Map<String, Integer> mediaIndex = new HashMap<>();
    /** The cases the body's links go to, by link token index. */
    private final List<String> links = new ArrayList<>();
    private int drawings;
    private int footnotes;
    /** Inside a footnote: a picture there is its description (a footnote part has no picture relationships). */
    private boolean inFootnote;

    /**
     * @param pagePath the case page the body's relative links are written for ({@code cases/x/index.html})
     * @param files    the file in the knowledge base behind a site path the body links to
     */
    HtmlToWord(WordBody body, String pagePath, Function<String, Optional<Path>> files, Pictures pictures) {
        this.body = body;
        this.pictures = pictures;
        this.pagePath = pagePath;
        this.files = files;
    }

    void body(String html) {
        Element root = Jsoup.parseBodyFragment(html).body();
        for (Element li : root.select(FOOTNOTE_ITEMS)) {
            footnoteItems.put(li.id(), li);
        }
        blocks(root, 0);
    }

    StringBuilder notes() {
        return notes;
    }

    List<Fragment.Media> media() {
        return media;
    }

    int drawings() {
        return drawings;
    }

    int footnotes() {
        return footnotes;
    }

    List<String> links() {
        return links;
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
                if (!loose.toString().isBlank() || !e.text().isBlank() || e.nameIs("img")) {
                    Para p = body.para(null);
                    if (!loose.toString().isBlank()) {
                        p.text(loose.toString().strip());
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
            body.para(null).text(loose.toString().strip());
        }
        loose.setLength(0);
    }

    private void block(Element e, int listDepth) {
        switch (e.tagName()) {
            case "h1", "h2" -> paragraph(e, WordStyles.HEADING_2, Format.PLAIN);
            case "h3" -> paragraph(e, WordStyles.HEADING_3, Format.PLAIN);
            case "h4", "h5", "h6" -> paragraph(e, WordStyles.HEADING_4, Format.PLAIN);
            case "p" -> paragraph(e, WordStyles.NORMAL, Format.PLAIN);
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
                    paragraph(e, WordStyles.NORMAL, Format.BOLD);
                    return;
                }
                blocks(e, listDepth);
            }
        }
    }

    private void paragraph(Element e, String style, Format f) {
        Para p = body.para(style);
        for (Node n : e.childNodes()) {
            inlineNode(p, n, f);
        }
    }

    private void quote(Element e) {
        for (Element child : e.children()) {
            if (child.nameIs("p")) {
                paragraph(child, WordStyles.QUOTE, Format.PLAIN);
            } else {
                block(child, 0);
            }
        }
    }

    private void list(Element list, int depth) {
        int number = 1;
        if (list.nameIs("ol") && list.hasAttr("start")) {
            try {
                number = Integer.parseInt(list.attr("start"));
            } catch (NumberFormatException ignored) {
                number = 1;
            }
        }
        for (Element li : list.children()) {
            if (!li.nameIs("li")) {
                continue;
            }
            Para p = body.para(WordStyles.LIST);
            p.indentLeft = 640 * (depth + 1);
            p.hanging = 400;
            Element box = li.selectFirst(CHECKBOX);
            String mark = box != null ? (box.hasAttr("checked") ? "☑ " : "☐ ")
                    : list.nameIs("ol") ? (number++) + ". " : "• ";
            p.text(mark);
            for (Node n : li.childNodes()) {
                if (n instanceof Element child && (child.nameIs("ul") || child.nameIs("ol"))) {
                    list(child, depth + 1);
                } else if (n instanceof Element child && child.nameIs("p")) {
                    for (Node m : child.childNodes()) {
                        inlineNode(p, m, Format.PLAIN);
                    }
                } else if (!(n instanceof Element child && child.nameIs("input"))) {
                    inlineNode(p, n, Format.PLAIN);
                }
            }
        }
    }

    private void code(Element pre) {
        for (String line : pre.wholeText().replaceAll("\\n$", "").split("\\n", -1)) {
            body.para(WordStyles.CODE).text(line.isEmpty() ? " " : line, Format.PLAIN.withCode());
        }
    }

    private void table(Element html) {
        var rows = html.select(TABLE_ROWS);
        if (rows.isEmpty()) {
            return;
        }
        int columns = Math.max(1, rows.stream().mapToInt(r -> r.select(ROW_CELLS).size()).max().orElse(1));
        WordBody.Table t = body.table(columns);
        for (Element row : rows) {
            var cells = row.select(ROW_CELLS);
            Para[] paras = new Para[columns];
            for (int j = 0; j < columns; j++) {
                Para p = body.loose(WordStyles.TABLE_TEXT);
                paras[j] = p;
                if (j < cells.size()) {
                    Element c = cells.get(j);
                    String align = c.attr("align").toLowerCase(Locale.ROOT);
                    p.align = align.equals("right") ? "right" : align.equals("center") ? "center" : "left";
                    Format f = c.nameIs("th") ? Format.BOLD : Format.PLAIN;
                    for (Node n : c.childNodes()) {
                        inlineNode(p, n, f);
                    }
                }
            }
            t.rows.add(paras);
            t.header.add(t.rows.size() == 1 && row.parent() != null && row.parent().nameIs("thead"));
        }
        body.para(null); // Word joins two tables that touch; a paragraph keeps them apart
    }

    // ---- inline content

    private static boolean isInline(Element e) {
        return switch (e.tagName()) {
            case "a", "strong", "b", "em", "i", "del", "s", "code", "span", "sup", "sub", "img", "br", "mark",
                    "time", "abbr", "small", "u", "kbd", "input" -> true;
            default -> false;
        };
    }

    private void inlineNode(Para p, Node n, Format f) {
        if (n instanceof TextNode t) {
            p.text(t.text(), f);
        } else if (n instanceof Element e) {
            inline(p, e, f);
        }
    }

    private void inline(Para p, Element e, Format f) {
        switch (e.tagName()) {
            case "strong", "b" -> children(p, e, f.withBold());
            case "em", "i" -> children(p, e, f.withItalic());
            case "del", "s" -> children(p, e, f.withStrike());
            case "code", "kbd" -> children(p, e, f.withCode());
            case "br" -> p.runs.append("<w:r><w:br/></w:r>");
            case "img" -> picture(p, e);
            case "input" -> { }
            case "a" -> link(p, e, f);
            case "sup" -> {
                Element ref = e.selectFirst(FOOTNOTE_REF);
                if (ref != null) {
                    footnote(p, ref.attr("href"));
                } else if (!e.text().isEmpty()) {
                    p.runs.append("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>");
                    WordBody.t(p.runs, e.text()).append("</w:r>");
                }
            }
            default -> children(p, e, f);
        }
    }

    /** A link: its text, between link tokens when it goes to a case's page (whichever heading of it). */
    private void link(Para p, Element a, Format f) {
        if (a.hasClass("footnote-backref")) {
            return; // the way back from a footnote: Word's footnotes have their own
        }
        String href = a.attr("href");
        // a link within the body (#heading) is not to a case: Word has no bookmark at each heading
        Optional<String> slug = href.startsWith("#") ? Optional.empty() : resolve(href).flatMap(SitePaths::caseOf);
        if (slug.isEmpty()) {
            children(p, a, f);
            return;
        }
        int index = links.size();
        links.add(slug.get());
        WordXml.token(p.runs, 'H', index);
        children(p, a, f);
        WordXml.token(p.runs, 'h', index);
    }

    private void children(Para p, Element e, Format f) {
        for (Node n : e.childNodes()) {
            inlineNode(p, n, f);
        }
    }

    private void footnote(Para p, String href) {
        Element li = href.startsWith("#") ? footnoteItems.get(href.substring(1)) : null;
        if (li == null || inFootnote) {
            return;
        }
        int index = footnotes++;
        body.use(WordStyles.FOOTNOTE_REFERENCE);
        Para note = body.loose(WordStyles.FOOTNOTE);
        note.runs.append("<w:r><w:rPr><w:rStyle w:val=\"").append(WordStyles.FOOTNOTE_REFERENCE)
                .append("\"/></w:rPr><w:footnoteRef/></w:r>");
        note.text(" ");
        Element content = li.selectFirst(FIRST_PARAGRAPH);
        inFootnote = true;
        children(note, content == null ? li : content, Format.PLAIN);
        inFootnote = false;
        WordXml.token(notes.append("<w:footnote w:id=\""), 'F', index).append("\">");
        note.write(notes);
        notes.append("</w:footnote>");
        WordXml.token(p.runs.append("<w:r><w:rPr><w:rStyle w:val=\"").append(WordStyles.FOOTNOTE_REFERENCE)
                .append("\"/></w:rPr><w:footnoteReference w:id=\""), 'F', index).append("\"/></w:r>");
    }

    // ---- pictures

    private void picture(Para p, Element img) {
        Optional<Path> file = resolve(img.attr("src")).flatMap(files);
        Optional<String> type = file.flatMap(HtmlToWord::typeOf);
        if (file.isEmpty() || type.isEmpty() || inFootnote) {
            p.text(img.attr("alt"));
            return;
        }
        try {
            Pictures.Picture picture = pictures.read(file.get(), type.get());
            long width = EMU_PER_PIXEL * Math.round(picture.width());
            long height = EMU_PER_PIXEL * Math.round(picture.height());
            if (width > WordPage.TEXT_WIDTH_EMU) {
                height = Math.round(height * (double) WordPage.TEXT_WIDTH_EMU / width);
                width = WordPage.TEXT_WIDTH_EMU;
            }
            String key = file.get().toString();
            int main;
            int svg = -1;
            if (type.get().equals("svg")) {
                byte[] standIn = SvgPicture.standIn(width, height);
                main = media("stand-in:" + SvgPicture.standInKey(width, height), "png", null, standIn);
                svg = media(key, "svg", file.get(), picture.kept());
            } else {
                main = media(key, type.get(), file.get(), picture.kept());
            }
            p.align = "center";
            p.firstLineZero = true;
            p.autoLine = true;
            // the picture's description is what a screen reader and Word's alt-text pane show
            String name = img.attr("alt").isBlank() ? file.get().getFileName().toString() : img.attr("alt");
            drawing(p.runs, drawings++, main, svg, name, width, height);
            if (!img.attr("alt").isBlank()) {
                body.para(WordStyles.META).text(img.attr("alt"));
            }
        } catch (IOException e) {
            p.text(img.attr("alt"));
        }
    }

    private int media(String key, String extension, Path file, byte[] bytes) {
        return mediaIndex.computeIfAbsent(key, k -> {
            media.add(new Fragment.Media(k, extension, file, bytes));
            return media.size() - 1;
        });
    }

    /**
     * An inline picture. With {@code svg} &ge; 0 the blip is the PNG stand-in and its
     * {@code asvg:svgBlip} extension the SVG, as Word 2016+ and current WPS store an SVG picture.
     */
    private static void drawing(StringBuilder out, int id, int blip, int svg, String name, long cx, long cy) {
        out.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
                .append(cx).append("\" cy=\"").append(cy).append("\"/>");
        docPr(out, "wp:docPr", id, name);
        out.append("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .append("<pic:pic><pic:nvPicPr>");
        docPr(out, "pic:cNvPr", id, name);
        out.append("<pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill>");
        WordXml.token(out.append("<a:blip r:embed=\""), 'M', blip).append('"');
        if (svg >= 0) {
            out.append("><a:extLst><a:ext uri=\"").append(SvgPicture.EXTENSION).append("\"><asvg:svgBlip xmlns:asvg=\"")
                    .append(SvgPicture.NAMESPACE).append("\" r:embed=\"");
            WordXml.token(out, 'M', svg).append("\"/></a:ext></a:extLst></a:blip>");
        } else {
            out.append("/>");
        }
        out.append("<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>")
                .append("<a:ext cx=\"").append(cx).append("\" cy=\"").append(cy).append("\"/></a:xfrm>")
                .append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>")
                .append("</a:graphic></wp:inline></w:drawing></w:r>");
    }

    /** A drawing's id and name (both the document's own, Word wants them unique) and description. */
    private static void docPr(StringBuilder out, String element, int id, String name) {
        out.append('<').append(element).append(" id=\"");
        WordXml.token(out, 'D', id).append("\" name=\"Picture ");
        WordXml.token(out, 'D', id).append("\" descr=\"");
        WordXml.attr(out, name).append("\"/>");
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

    /** The part extension of a picture Word shows: png, jpeg, gif, bmp or svg. */
    static Optional<String> typeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Optional.of("png");
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of("jpeg");
        } else if (name.endsWith(".gif")) {
            return Optional.of("gif");
        } else if (name.endsWith(".bmp")) {
            return Optional.of("bmp");
        } else if (name.endsWith(".svg")) {
            return Optional.of("svg");
        }
        return Optional.empty();
    }
}
