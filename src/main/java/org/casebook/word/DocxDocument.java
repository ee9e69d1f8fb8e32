package org.casebook.word;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.Deflater;

/**
 * One .docx being assembled: its own XML (cover, contents, case titles) compressed as it comes, case
 * {@link Fragment}s spliced in as they are, with the numbers of this document put in for their
 * tokens: drawing ids and footnote ids continue from the cases before, a picture already in the
 * document (the same file in two cases, the same SVG stand-in) keeps its one part and relationship.
 * Not thread-safe: one document is made on one thread.
 */
final class DocxDocument implements AutoCloseable {

    /**
     * Deflate level of every part. The default level, not the fastest: each case body is compressed
     * once per build however many documents hold it, so the smaller files cost little time.
     */
    static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String MEDIA_REL_BASE = "rId";
    private static final int FIRST_MEDIA_REL = 10;

    private final Deflater deflater = new Deflater(LEVEL, true);
    private final boolean cover;
    private final StringBuilder pending = new StringBuilder(16 * 1024);
    private final List<Deflated> body = new ArrayList<>();
    private final List<Deflated> notes = new ArrayList<>();
    private final Map<String, String> relations = new HashMap<>();
    private final List<Fragment.Media> media = new ArrayList<>();
    private int drawings;
    private int footnotes;
    private long styles;

    /** @param cover a collection: a cover without a page number, fields updated on opening */
    DocxDocument(boolean cover) {
        this.cover = cover;
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
        resolve(f.body(), body, rels);
        resolve(f.notes(), notes, rels);
        drawings += f.drawings();
        footnotes += f.footnotes();
        styles |= f.styles();
    }

    private void resolve(List<Object> parts, List<Deflated> into, String[] rels) {
        for (Object part : parts) {
            if (part instanceof Deflated d) {
                into.add(d);
            } else {
                Fragment.Token t = (Fragment.Token) part;
                String value = switch (t.kind()) {
                    case 'D' -> String.valueOf(drawings + t.index() + 1);
                    case 'F' -> String.valueOf(footnotes + t.index() + 1);
                    case 'M' -> rels[t.index()];
                    default -> throw new IllegalStateException("unknown token " + t.kind());
                };
                into.add(Deflated.stored(value.getBytes(StandardCharsets.US_ASCII)));
            }
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            body.add(Deflated.of(pending.toString().getBytes(StandardCharsets.UTF_8), deflater));
            pending.setLength(0);
        }
    }

    /** The finished .docx; its properties carry {@code title}, {@code creator} and {@code day}. */
    byte[] finish(String title, String creator, LocalDate day) throws IOException {
        pending.append(WordPage.sectPr(cover)).append("</w:body></w:document>");
        flush();
        DocxZip zip = new DocxZip(day.atStartOfDay());
        zip.xml("[Content_Types].xml", contentTypes(), deflater);
        zip.xml("_rels/.rels", WordXml.HEADER + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + TYPES + "officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + TYPES + "extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>", deflater);
        zip.xml("docProps/core.xml", core(title, creator, day), deflater);
        zip.xml("docProps/app.xml", WordXml.HEADER + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Casebook</Application></Properties>", deflater);
        zip.pieces("word/document.xml", body);
        zip.xml("word/_rels/document.xml.rels", documentRelations(), deflater);
        zip.xml("word/styles.xml", WordStyles.xml(styles | WordStyles.bit(WordStyles.FOOTER)), deflater);
        if (cover) {
            zip.xml("word/settings.xml", WordXml.HEADER + "<w:settings xmlns:w=\"" + WordXml.W + "\">"
                    + "<w:updateFields w:val=\"true\"/></w:settings>", deflater);
        }
        zip.xml("word/footer1.xml", WordPage.footer(), deflater);
        if (cover) {
            zip.xml("word/footer2.xml", WordPage.firstFooter(), deflater);
        }
        if (footnotes > 0) {
            List<Deflated> part = new ArrayList<>();
            part.add(Deflated.of((WordXml.HEADER + "<w:footnotes xmlns:w=\"" + WordXml.W + "\" xmlns:r=\"" + WordXml.R
                    + "\">").getBytes(StandardCharsets.UTF_8), deflater));
            part.addAll(notes);
            part.add(Deflated.of("</w:footnotes>".getBytes(StandardCharsets.UTF_8), deflater));
            zip.pieces("word/footnotes.xml", part);
        }
        for (int i = 0; i < media.size(); i++) {
            Fragment.Media m = media.get(i);
            zip.stored("word/" + mediaName(i), m.read(), m.crc());
        }
        return zip.finish();
    }

    private String mediaName(int i) {
        return "media/image" + (i + 1) + "." + media.get(i).extension();
    }

    private String contentTypes() {
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
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        override(sb, "/word/document.xml", wml + "document.main+xml");
        override(sb, "/word/styles.xml", wml + "styles+xml");
        if (cover) {
            override(sb, "/word/settings.xml", wml + "settings+xml");
        }
        override(sb, "/word/footer1.xml", wml + "footer+xml");
        if (cover) {
            override(sb, "/word/footer2.xml", wml + "footer+xml");
        }
        if (footnotes > 0) {
            override(sb, "/word/footnotes.xml", wml + "footnotes+xml");
        }
        override(sb, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(sb, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        return sb.append("</Types>").toString();
    }

    private static void override(StringBuilder sb, String part, String type) {
        sb.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    private String documentRelations() {
        StringBuilder sb = new StringBuilder(1600).append(WordXml.HEADER)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        relation(sb, "rId1", "styles", "styles.xml");
        if (cover) {
            relation(sb, "rId2", "settings", "settings.xml");
        }
        relation(sb, WordPage.FOOTER_REL, "footer", "footer1.xml");
        if (cover) {
            relation(sb, WordPage.FIRST_FOOTER_REL, "footer", "footer2.xml");
        }
        if (footnotes > 0) {
            relation(sb, "rId5", "footnotes", "footnotes.xml");
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
        String at = day + "T00:00:00Z";
        StringBuilder sb = new StringBuilder(700).append(WordXml.HEADER)
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
        WordXml.text(sb, title).append("</dc:title><dc:creator>");
        WordXml.text(sb, creator).append("</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(at)
                .append("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(at)
                .append("</dcterms:modified></cp:coreProperties>");
        return sb.toString();
    }

    @Override
    public void close() {
        deflater.end();
    }
}
