package org.casebook.word;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.Deflater;

/**
 * One .docx being assembled: its own XML (cover, contents, case titles) and case {@link Fragment}s
 * compressed into one stream as they come, with the numbers of this document put in for the
 * fragments' tokens: drawing ids and footnote ids continue from the cases before, a picture already in the
 * document (the same file in two cases, the same SVG stand-in) keeps its one part and relationship,
 * and a link to a case the document holds goes to that case's bookmark (a link to any other stays text).
 * Not thread-safe: one document is made on one thread.
 */
final class DocxDocument implements AutoCloseable {

    /**
     * Deflate's default level: a case is converted once, so compression is most of what is left of
     * the stage; lower levels make it faster and the files larger (level 3 at 10,000 cases: 28 %
     * less time, 9 % more bytes; docs/performance.md), and later builds compress only what changed.
     */
    static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String MEDIA_REL_BASE = "rId";
    private static final int FIRST_MEDIA_REL = 10;

    private final Deflater deflater = new Deflater(LEVEL, true);
    private final boolean cover;
    /** The bookmark of each case the document holds, by slug. */
    private final Map<String, String> bookmarks;
    private final Deflater notesDeflater = new Deflater(LEVEL, true);
    private final StringBuilder pending = new StringBuilder(16 * 1024);
    private final DeflatedPart body = new DeflatedPart(deflater, 64 * 1024);
    private final DeflatedPart notes = new DeflatedPart(notesDeflater, 4 * 1024);
    private final Map<String, String> relations = new HashMap<>();
    private final List<Fragment.Media> media = new ArrayList<>();
    private int drawings;
    private int footnotes;
    private long styles;

    /**
     * @param cover     a collection: a cover without a page number, fields updated on opening
     * @param bookmarks the bookmark at each case's title, by slug: where links to those cases go
     */
    DocxDocument(boolean cover, Map<String, String> bookmarks) {
        this.cover = cover;
        this.bookmarks = Map.copyOf(bookmarks);
        pending.append(WordXml.HEADER).append("<w:document xmlns:w=\"").append(WordXml.W).append("\" xmlns:r=\"")
                .append(WordXml.R).append("\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"")
                .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
                .append(" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>");
    }

    /** Appends the document's own paragraphs. */
    void add(WordBody own) {
        own.write(pending);
        styles |= own.styles();
    }

    /** Appends a case's fragment, numbering its drawings, pictures and footnotes for this document. */
    void splice(Fragment f) {
        flush();
        String[] rels = new String[f.media().size()];
        for (int j = 0; j < rels.length; j++) {
            Fragment.Media m = f.media().get(j);
            rels[j] = relations.computeIfAbsent(m.key(), k -> {
                media.add(m);
                return MEDIA_REL_BASE + (FIRST_MEDIA_REL + media.size());
            });
        }
        Fragment.Numbers numbers = (kind, index) -> switch (kind) {
            case 'D' -> String.valueOf(drawings + index + 1);
            case 'F' -> String.valueOf(footnotes + index + 1);
            case 'M' -> rels[index];
            case 'H' -> bookmarks.containsKey(f.links().get(index))
                    ? "<w:hyperlink w:anchor=\"" + bookmarks.get(f.links().get(index)) + "\" w:history=\"1\">" : "";
            case 'h' -> bookmarks.containsKey(f.links().get(index)) ? "</w:hyperlink>" : "";
            default -> throw new IllegalStateException("unknown token " + kind);
        };
        Fragment.copy(f.body(), body, numbers);
        if (f.notes().length > 0) {
            if (footnotes == 0) {
                notes.write(WordXml.HEADER + "<w:footnotes xmlns:w=\"" + WordXml.W + "\" xmlns:r=\"" + WordXml.R + "\">");
            }
            Fragment.copy(f.notes(), notes, numbers);
        }
        drawings += f.drawings();
        footnotes += f.footnotes();
        styles |= f.styles();
    }

    private void flush() {
        if (!pending.isEmpty()) {
            body.write(pending.toString());
            pending.setLength(0);
        }
    }

    /**
     * The finished .docx; its properties carry {@code title}, {@code creator} and {@code day}, or no
     * date when {@code day} is null (then the zip entries carry the zip format's earliest time).
     */
    byte[] finish(String title, String creator, LocalDate day) throws IOException {
        pending.append(WordPage.sectPr(cover)).append("</w:body></w:document>");
        flush();
        body.finish();
        DocxZip zip = new DocxZip(day == null ? null : day.atStartOfDay());
        // the small parts reuse the main part's deflater: that part is compressed by now
        Deflater small = deflater;
        List<Part> parts = wordParts(small);
        zip.shared("[Content_Types].xml", contentTypes(parts), small);
        zip.shared("_rels/.rels", WordXml.HEADER + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + TYPES + "officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + TYPES + "extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>", small);
        zip.xml("docProps/core.xml", core(title, creator, day), small);
        zip.shared("docProps/app.xml", WordXml.HEADER + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Casebook</Application></Properties>", small);
        zip.deflated("word/document.xml", body);
        zip.shared("word/_rels/document.xml.rels", documentRelations(parts), small);
        for (Part part : parts) {
            part.content().writeTo(zip, "word/" + part.file());
        }
        for (int i = 0; i < media.size(); i++) {
            Fragment.Media m = media.get(i);
            zip.stored("word/" + mediaName(i), m.read());
        }
        return zip.finish();
    }

    private String mediaName(int i) {
        return "media/image" + (i + 1) + "." + media.get(i).extension();
    }

    /** A part of {@code word/} beside the document and its pictures, declared once for the zip, the content types and the document's relationships. */
    private record Part(String file, String contentType, String relationId, String relationType, Content content) {
    }

    private interface Content {
        void writeTo(DocxZip zip, String name);
    }

    /** The document's own parts, in the order every list names them. */
    private List<Part> wordParts(Deflater small) {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("styles.xml", wml + "styles+xml", "rId1", "styles",
                (zip, name) -> zip.shared(name, WordStyles.xml(styles | WordStyles.bit(WordStyles.FOOTER)), small)));
        if (cover) {
            parts.add(new Part("settings.xml", wml + "settings+xml", "rId2", "settings", (zip, name) -> zip.shared(name,
                    WordXml.HEADER + "<w:settings xmlns:w=\"" + WordXml.W + "\"><w:updateFields w:val=\"true\"/></w:settings>",
                    small)));
        }
        parts.add(new Part("footer1.xml", wml + "footer+xml", WordPage.FOOTER_REL, "footer",
                (zip, name) -> zip.shared(name, WordPage.footer(), small)));
        if (cover) {
            parts.add(new Part("footer2.xml", wml + "footer+xml", WordPage.FIRST_FOOTER_REL, "footer",
                    (zip, name) -> zip.shared(name, WordPage.firstFooter(), small)));
        }
        if (footnotes > 0) {
            parts.add(new Part("footnotes.xml", wml + "footnotes+xml", "rId5", "footnotes",
                    (zip, name) -> zip.deflated(name, notes.write("</w:footnotes>").finish())));
        }
        return parts;
    }

    private String contentTypes(List<Part> parts) {
        StringBuilder sb = new StringBuilder(1600).append(WordXml.HEADER)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        TreeSet<String> extensions = new TreeSet<>();
        media.forEach(m -> extensions.add(m.extension()));
        for (String ext : extensions) {
            sb.append("<Default Extension=\"").append(ext).append("\" ContentType=\"image/")
                    .append(ext.equals("svg") ? "svg+xml" : ext).append("\"/>");
        }
        override(sb, "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        for (Part part : parts) {
            override(sb, "/word/" + part.file(), part.contentType());
        }
        override(sb, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(sb, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        return sb.append("</Types>").toString();
    }

    private static void override(StringBuilder sb, String part, String type) {
        sb.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    private String documentRelations(List<Part> parts) {
        StringBuilder sb = new StringBuilder(1600).append(WordXml.HEADER)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (Part part : parts) {
            relation(sb, part.relationId(), part.relationType(), part.file());
        }
        for (int i = 0; i < media.size(); i++) {
            relation(sb, MEDIA_REL_BASE + (FIRST_MEDIA_REL + i + 1), "image", mediaName(i));
        }
        return sb.append("</Relationships>").toString();
    }

    private static void relation(StringBuilder sb, String id, String type, String target) {
        sb.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(TYPES).append(type)
                .append("\" Target=\"").append(target).append("\"/>");
    }

    private static String core(String title, String creator, LocalDate day) {
        StringBuilder sb = new StringBuilder(700).append(WordXml.HEADER)
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
        WordXml.text(sb, title).append("</dc:title><dc:creator>");
        WordXml.text(sb, creator).append("</dc:creator>");
        if (day != null) {
            String at = day + "T00:00:00Z";
            sb.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(at)
                    .append("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(at)
                    .append("</dcterms:modified>");
        }
        sb.append("</cp:coreProperties>");
        return sb.toString();
    }

    @Override
    public void close() {
        deflater.end();
        notesDeflater.end();
    }
}
