package org.casebook.word;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.namespace.QName;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * An SVG picture as Word 2016+ and current WPS store it: a PNG stand-in referenced by the picture,
 * and the SVG itself in the blip's {@code asvg:svgBlip} extension, which those applications draw
 * instead. Casebook draws no SVG itself, so the stand-in is a plain framed box of the picture's
 * proportions (an application without SVG support shows that box, and the caption below it).
 */
final class SvgPicture {

    private static final String SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private static final String SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private SvgPicture() {
    }

    static void add(XWPFDocument doc, XWPFRun run, byte[] svg, String name, long widthEmu, long heightEmu)
            throws IOException, InvalidFormatException {
        XWPFPicture picture = run.addPicture(new ByteArrayInputStream(standIn(widthEmu, heightEmu)), PictureType.PNG,
                name, (int) widthEmu, (int) heightEmu);
        String svgRelation = doc.addPictureData(svg, PictureType.SVG);
        CTBlip blip = picture.getCTPicture().getBlipFill().getBlip();
        CTOfficeArtExtension ext = blip.addNewExtLst().addNewExt();
        ext.setUri(SVG_EXTENSION);
        try (XmlCursor cursor = ext.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(SVG_NAMESPACE, "svgBlip", "asvg"));
            cursor.insertAttributeWithValue(new QName(RELATIONSHIPS, "embed", "r"), svgRelation);
        }
    }

    /** Gives the run's drawing an id of its own: Word wants every drawing's id unique in the document. */
    static void numberDrawing(XWPFRun run, long id) {
        if (run.getCTR().sizeOfDrawingArray() == 0 || run.getCTR().getDrawingArray(0).sizeOfInlineArray() == 0) {
            return;
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setId(id);
        inline.getDocPr().setName("Picture " + id);
        for (XWPFPicture p : run.getEmbeddedPictures()) {
            p.getCTPicture().getNvPicPr().getCNvPr().setId(id);
            p.getCTPicture().getNvPicPr().getCNvPr().setName("Picture " + id);
        }
    }

    /** Stand-ins by size (at most 120 × 120 of them): drawn once, not per document. */
    private static final java.util.Map<Integer, byte[]> STAND_INS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A light framed box in the picture's proportions, 120 px on its longer side. */
    private static byte[] standIn(long widthEmu, long heightEmu) throws IOException {
        double ratio = Math.max(0.1, Math.min(10, (double) widthEmu / Math.max(1, heightEmu)));
        int w = ratio >= 1 ? 120 : (int) Math.max(12, Math.round(120 * ratio));
        int h = ratio >= 1 ? (int) Math.max(12, Math.round(120 / ratio)) : 120;
        byte[] known = STAND_INS.get(w * 1000 + h);
        if (known == null) {
            known = draw(w, h);
            STAND_INS.putIfAbsent(w * 1000 + h, known);
        }
        return known;
    }

    private static byte[] draw(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF6F8FA));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x8C959F));
        g.setStroke(new BasicStroke(2));
        g.drawRect(1, 1, w - 3, h - 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
