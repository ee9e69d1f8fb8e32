package org.casebook.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word documents of the shapes officers send, written with POI, so every test input is made here. */
public final class WordDocs {

    private WordDocs() {
    }

    /** Title, headings and emphasis by Word's English style names; the signature block at the end. */
    public static XWPFDocument styledEnglish() {
        XWPFDocument doc = new XWPFDocument();
        styles(doc, "Title", "title", "Heading1", "heading 1", "Heading2", "heading 2", "Heading3", "heading 3");
        para(doc, "Title", "以产业链党组织推动园区企业党建全覆盖");
        para(doc, "Heading1", "背景");
        XWPFParagraph p = doc.createParagraph();
        run(p, "洋浦经济开发区企业多、党员分散，", false, false);
        run(p, "组织建设", true, false);
        run(p, "是难点，", false, false);
        run(p, "尤其", false, true);
        run(p, "是新落户的企业。", false, false);
        para(doc, "Heading2", "做法");
        para(doc, null, "按产业链建立党委，召开现场会推广经验。");
        para(doc, "Heading3", "细则");
        para(doc, null, "每季度一次联席会议。");
        para(doc, null, "洋浦经济开发区党工委");
        para(doc, null, "2024年3月5日");
        return doc;
    }

    /** Chinese style names (标题 1…) as Chinese Word writes them, with numeric style ids. */
    public static XWPFDocument styledChinese() {
        XWPFDocument doc = new XWPFDocument();
        styles(doc, "1", "标题 1", "2", "标题 2");
        XWPFParagraph t = para(doc, null, "积分管理激发党员活力");
        t.setAlignment(ParagraphAlignment.CENTER);
        para(doc, null, "（2023年11月20日）");
        para(doc, "1", "一、主要做法");
        para(doc, null, "江东新区推行党员积分制度，每月公示。");
        para(doc, "2", "（一）积分细则");
        para(doc, null, "积分与评优挂钩，在线上分享会上交流。");
        return doc;
    }

    /** No styles at all: the numbering of official documents makes the headings. */
    public static XWPFDocument officialNumbering() {
        XWPFDocument doc = new XWPFDocument();
        para(doc, null, "三亚中央商务区党员教育经验介绍");
        para(doc, null, "一、基本情况");
        para(doc, null, "三亚CBD 聚焦党员教育，形成了可复制的经验。");
        para(doc, null, "二、主要做法");
        para(doc, null, "（一）建立学习机制");
        para(doc, null, "1.每周一学");
        para(doc, null, "1.每周学习一次理论，每月交流一次心得，坚持了三年。");
        para(doc, null, "（1）线上课堂");
        para(doc, null, "三、成效");
        para(doc, null, "党员参学率达到 98%，带动 *全体* 员工。");
        para(doc, null, "三亚中央商务区管理局");
        para(doc, null, "2024年1月8日");
        return doc;
    }

    /** A bulleted list with a nested level and a numbered list, from Word's numbering definitions. */
    public static XWPFDocument lists() {
        XWPFDocument doc = new XWPFDocument();
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger bullets = numbering.addNum(numbering.addAbstractNum(abstractNum(0, "bullet", "•")));
        BigInteger numbers = numbering.addNum(numbering.addAbstractNum(abstractNum(1, "decimal", "%1.")));
        para(doc, null, "洋浦结对帮带工作清单");
        para(doc, null, "主要做法如下：");
        listItem(doc, bullets, 0, "建立结对关系");
        listItem(doc, bullets, 1, "一对一帮带");
        listItem(doc, bullets, 0, "定期现场会");
        para(doc, null, "推进步骤：");
        listItem(doc, numbers, 0, "摸清底数");
        listItem(doc, numbers, 0, "制定清单");
        listItem(doc, numbers, 0, "跟踪问效");
        para(doc, null, "• 手打的项目符号也能识别");
        para(doc, null, "组织建设是基础。");
        para(doc, null, "2024年5月6日");
        return doc;
    }

    /** A table whose header spans two columns and whose first column has a vertically merged cell. */
    public static XWPFDocument tableWithMergedCells() {
        XWPFDocument doc = new XWPFDocument();
        para(doc, null, "江东新区党建指标对比");
        para(doc, null, "以下为组织建设主要指标，经验介绍如下。");
        XWPFTable table = doc.createTable(3, 3);
        cell(table.getRow(0).getCell(0), "指标");
        cell(table.getRow(0).getCell(1), "数值");
        table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
        table.getRow(0).removeCell(2);
        cell(table.getRow(1).getCell(0), "党组织");
        table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        cell(table.getRow(1).getCell(1), "2023年");
        cell(table.getRow(1).getCell(2), "12 个");
        table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
        cell(table.getRow(2).getCell(1), "2024年");
        cell(table.getRow(2).getCell(2), "18 个 | 含联合支部");
        para(doc, null, "2024年6月1日");
        return doc;
    }

    /** Footnotes and hyperlinks (an allowed https link and a javascript: link that must not survive). */
    public static XWPFDocument footnotesAndLinks() {
        XWPFDocument doc = new XWPFDocument();
        para(doc, null, "洋浦经济开发区线上分享纪要");
        XWPFParagraph p = doc.createParagraph();
        run(p, "本次线上分享围绕组织建设展开", false, false);
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText("据园区党工委统计。");
        p.addFootnoteReference(note);
        run(p, "，详见", false, false);
        p.createHyperlinkRun("https://www.example.gov.cn/news/1.html").setText("园区新闻");
        run(p, "。", false, false);
        XWPFParagraph q = doc.createParagraph();
        run(q, "不安全的链接只留文字：", false, false);
        q.createHyperlinkRun("javascript:alert(1)").setText("点这里");
        para(doc, null, "洋浦经济开发区党工委");
        para(doc, null, "2024年7月2日");
        return doc;
    }

    /** An image with a caption below it, and one without. */
    public static XWPFDocument images() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        para(doc, null, "园区党群服务中心建设");
        para(doc, null, "洋浦经济开发区建成党群服务中心，组织建设有了阵地。");
        XWPFParagraph p = doc.createParagraph();
        p.createRun().addPicture(new ByteArrayInputStream(png()), PictureType.PNG, "center.png", Units.toEMU(40),
                Units.toEMU(30));
        para(doc, null, "图1 党群服务中心外景");
        XWPFParagraph q = doc.createParagraph();
        q.createRun().addPicture(new ByteArrayInputStream(png()), PictureType.PNG, "plan.png", Units.toEMU(40),
                Units.toEMU(30));
        para(doc, null, "中心每周开放，举办现场会。");
        para(doc, null, "2024年8月9日");
        return doc;
    }

    public static Path save(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    /** A real 2×2 PNG. */
    static byte[] png() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xC00000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static void styles(XWPFDocument doc, String... idAndName) {
        XWPFStyles styles = doc.createStyles();
        for (int i = 0; i < idAndName.length; i += 2) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId(idAndName[i]);
            s.addNewName().setVal(idAndName[i + 1]);
            s.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(s));
        }
    }

    private static XWPFParagraph para(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
    }

    private static void cell(XWPFTableCell cell, String text) {
        cell.setText(text);
    }

    private static void listItem(XWPFDocument doc, BigInteger num, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(num);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static XWPFAbstractNum abstractNum(int id, String format, String text) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        for (int l = 0; l < 2; l++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(l));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(format));
            lvl.addNewLvlText().setVal(text);
        }
        return new XWPFAbstractNum(abs);
    }
}
