package org.casebook.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Walks a Word document's body in order and writes Markdown blocks. Images are left as placeholders
 * ({@link #image(int)}) because their file names depend on the slug, which is chosen afterwards.
 */
final class DocxReader {

    /** One paragraph or table as Markdown, with what the front matter may take from it. */
    record Block(String markdown, String plain, Kind kind, boolean centered) {
    }

    enum Kind { TITLE, HEADING, PARAGRAPH, LIST, TABLE, CAPTION, IMAGE }

    /** The placeholder of image {@code n} (0-based) in the Markdown until its file name is known. */
    static String image(int n) {
        return "\uE000" + n + "\uE001";
    }

    static final Pattern IMAGE_PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");

    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]{1,3}、");
    private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]");
    private static final Pattern LEVEL3 = Pattern.compile("^[0-9０-９]{1,2}[.．、](?![0-9])");
    private static final Pattern LEVEL4 = Pattern.compile("^[（(][0-9０-９]{1,2}[）)]");
    private static final Pattern STYLE_HEADING = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");
    private static final Pattern CAPTION = Pattern.compile("^(?:图|图片|Figure)\\s*[0-9０-９一二三四五六七八九十]+");

    private final XWPFDocument doc;
    final List<Block> blocks = new ArrayList<>();
    final List<WordImage> images = new ArrayList<>();
    /** Footnotes in order of first reference: Word id → Markdown label number. */
    private final Map<BigInteger, Integer> footnoteLabels = new LinkedHashMap<>();
    final List<String> footnotes = new ArrayList<>();
    /** Tables with merged cells (1-based, in document order), flattened. */
    final List<Integer> mergedTables = new ArrayList<>();
    /** Images in a format browsers do not show (EMF, WMF, TIFF). */
    final List<String> unshownImages = new ArrayList<>();
    private int tables;

    DocxReader(XWPFDocument doc) {
        this.doc = doc;
    }

    DocxReader read() {
        Map<String, Integer> listCounters = new LinkedHashMap<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p, listCounters);
                if (p.getNumID() == null) {
                    listCounters.clear();
                }
            } else if (e instanceof XWPFTable t) {
                listCounters.clear();
                table(t);
            }
        }
        return this;
    }

    private void paragraph(XWPFParagraph p, Map<String, Integer> listCounters) {
        String style = styleName(p);
        String inline = inline(p).strip();
        String plain = plainText(p);
        boolean hasImage = inline.contains("\uE000");
        if (inline.isEmpty()) {
            return;
        }
        boolean centered = p.getAlignment() == ParagraphAlignment.CENTER;
        if (style.equals("title") || style.equals("标题")) {
            blocks.add(new Block(inline, plain, Kind.TITLE, centered));
            return;
        }
        Matcher h = STYLE_HEADING.matcher(style);
        if (h.matches()) {
            int level = Math.min(6, Integer.parseInt(h.group(1)) + 1);
            blocks.add(new Block("#".repeat(level) + " " + Markdown.escape(plain), plain, Kind.HEADING, centered));
            return;
        }
        if (!hasImage && (style.equals("caption") || style.equals("题注") || CAPTION.matcher(plain).find())
                && !blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == Kind.IMAGE) {
            WordImage last = images.get(images.size() - 1);
            images.set(images.size() - 1, last.withCaption(plain));
            blocks.add(new Block("*" + Markdown.escape(plain) + "*", plain, Kind.CAPTION, centered));
            return;
        }
        if (p.getNumID() != null && !hasImage) {
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            String fmt = p.getNumFmt() == null ? "bullet" : p.getNumFmt().toLowerCase(Locale.ROOT);
            String key = p.getNumID() + "/" + level;
            listCounters.keySet().removeIf(k -> k.startsWith(p.getNumID() + "/") && levelOf(k) > level);
            int n = listCounters.merge(key, 1, Integer::sum);
            String marker = fmt.equals("bullet") || fmt.equals("none") ? "- " : n + ". ";
            String indent = "   ".repeat(level);
            blocks.add(new Block(indent + marker + inline, plain, Kind.LIST, centered));
            return;
        }
        if (!hasImage) {
            int level = officialLevel(plain);
            if (level > 0) {
                blocks.add(new Block("#".repeat(level + 1) + " " + Markdown.escape(plain), plain, Kind.HEADING, centered));
                return;
            }
        }
        blocks.add(new Block(inline, plain, hasImage && plain.isBlank() ? Kind.IMAGE : Kind.PARAGRAPH, centered));
    }

    private static int levelOf(String key) {
        return Integer.parseInt(key.substring(key.indexOf('/') + 1));
    }

    /**
     * The heading level of the numbering officials use: 一、 → 1, （一） → 2, 1. → 3, （1） → 4. The last two
     * also start ordinary numbered sentences, so they count only on a short line without a full stop.
     */
    static int officialLevel(String text) {
        boolean shortLine = text.length() <= 40 && !text.matches(".*[。；;！？!?]$") && text.indexOf('。') < 0;
        if (LEVEL1.matcher(text).find() && text.length() <= 60) {
            return 1;
        }
        if (LEVEL2.matcher(text).find() && text.length() <= 60) {
            return 2;
        }
        if (LEVEL3.matcher(text).find() && shortLine) {
            return 3;
        }
        if (LEVEL4.matcher(text).find() && shortLine) {
            return 4;
        }
        return 0;
    }

    private String styleName(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle s = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = s == null || s.getName() == null ? id : s.getName();
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The paragraph's text as Markdown: emphasis, links, footnote references, image placeholders. */
    private String inline(XWPFParagraph p) {
        Markdown.Inline out = new Markdown.Inline();
        for (IRunElement e : p.getIRuns()) {
            if (!(e instanceof XWPFRun run)) {
                continue;
            }
            String link = null;
            if (run instanceof XWPFHyperlinkRun hr) {
                XWPFHyperlink h = hr.getHyperlink(doc);
                link = h == null ? null : h.getURL();
            }
            for (XWPFPicture pic : run.getEmbeddedPictures()) {
                if (pic.getPictureData() == null) {
                    continue;
                }
                String ext = pic.getPictureData().suggestFileExtension().toLowerCase(Locale.ROOT);
                if (ext.equals("emf") || ext.equals("wmf") || ext.startsWith("tif")) {
                    unshownImages.add(ext);
                }
                images.add(new WordImage(pic.getPictureData().getData(), ext, pic.getDescription() == null ? ""
                        : pic.getDescription().strip(), ""));
                out.raw(image(images.size() - 1));
            }
            for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                out.raw("[^" + footnote(ref.getId()) + "]");
            }
            String text = runText(run);
            if (!text.isEmpty()) {
                out.text(text, run.isBold(), run.isItalic(), link);
            }
        }
        return out.toString();
    }

    /** A run's text without the marker POI writes for a footnote reference. */
    private static String runText(XWPFRun run) {
        String t = run.text();
        return t == null ? "" : t.replaceAll("\\[(?:footnoteRef|endnoteRef):\\d+\\]", "");
    }

    private int footnote(BigInteger id) {
        Integer label = footnoteLabels.get(id);
        if (label != null) {
            return label;
        }
        label = footnoteLabels.size() + 1;
        footnoteLabels.put(id, label);
        XWPFAbstractFootnoteEndnote note = doc.getFootnoteByID(id.intValue());
        StringBuilder text = new StringBuilder();
        if (note != null) {
            for (XWPFParagraph fp : note.getParagraphs()) {
                String t = inline(fp).strip();
                if (!t.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " ").append(t);
                }
            }
        }
        footnotes.add("[^" + label + "]: " + text);
        return label;
    }

    private static String plainText(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            b.append(runText(r));
        }
        return b.toString().replace('\u00A0', ' ').strip().replaceAll("^[\\u3000 ]+", "");
    }

    /** A GitHub-style table: the first row is the header; merged cells are written once, the rest left empty. */
    private void table(XWPFTable t) {
        tables++;
        boolean merged = false;
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || !"restart".equals(pr.getVMerge().getVal().toString()));
                merged |= pr != null && pr.isSetVMerge();
                cells.add(continued ? "" : cellText(cell));
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                for (int i = 1; i < span; i++) {
                    cells.add("");
                    merged = true;
                }
            }
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            return;
        }
        if (merged) {
            mergedTables.add(tables);
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder md = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < width) {
                cells.add("");
            }
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                md.append("|").append(" --- |".repeat(width)).append('\n');
            }
        }
        blocks.add(new Block(md.toString().stripTrailing(), "", Kind.TABLE, false));
    }

    private String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String s = inline(p).strip();
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return String.join("<br>", parts);
    }
}
