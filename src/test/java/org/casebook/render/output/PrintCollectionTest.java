package org.casebook.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.testing.Browser;
import org.casebook.testing.LearningFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints a collection with headless Chromium ({@code --print-to-pdf}) and reads the PDF back: a cover,
 * the contents, then each case on its own page carrying a QR code that decodes to its online URL.
 */
@Tag("browser")
class PrintCollectionTest {

    @TempDir
    Path dir;

    @Test
    void eachCaseStartsOnItsOwnPageWithAQrCodeOfItsUrl() throws Exception {
        Browser.assumeAvailable();
        Path kb = LearningFixture.copy(dir.resolve("kb"), "base_url: " + LearningFixture.BASE_URL);
        LearningFixture.build(kb);
        Path pdf = dir.resolve("yangpu.pdf");
        print(kb.resolve("site/print/park/yangpu/index.html"), pdf);

        // newest first, as everywhere on the site
        List<String> slugs = List.of("yangpu-points", "yangpu-chain", "yangpu-school");
        List<String> titles = List.of("企业党建积分评星与服务挂钩", "以产业链党委推动企业党建全覆盖", "港航党员线上夜校");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2 + slugs.size(), doc.getNumberOfPages(), "cover, contents, one page per case");
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper strip = new PDFTextStripper();
                strip.setStartPage(p);
                strip.setEndPage(p);
                pages.add(strip.getText(doc));
            }
            assertTrue(pages.get(0).contains("洋浦经济开发区") && pages.get(0).contains("3"), "cover: " + pages.get(0));
            assertTrue(titles.stream().allMatch(pages.get(1)::contains), "contents list every case");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < slugs.size(); i++) {
                int page = 2 + i;
                String text = pages.get(page);
                for (int j = 0; j < titles.size(); j++) {
                    assertEquals(i == j, text.contains(titles.get(j)), "page " + (page + 1) + " holds exactly its case");
                }
                assertTrue(text.contains(i + 3 + " / " + doc.getNumberOfPages()), "page number printed: " + text);
                String qr = decodeQr(renderer.renderImageWithDPI(page, 200));
                assertEquals(LearningFixture.BASE_URL + "cases/" + slugs.get(i) + "/index.html", qr);
            }
            // yangpu-chain's link to yangpu-points, which the booklet holds, leads to that case's page of the PDF
            List<String> targets = new ArrayList<>();
            for (PDAnnotation a : doc.getPage(2 + slugs.indexOf("yangpu-chain")).getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    targets.add(link.getAction() instanceof PDActionURI uri ? uri.getURI() : "page " + (1 + pageOf(doc, link)));
                }
            }
            assertTrue(targets.contains("page " + (3 + slugs.indexOf("yangpu-points"))), targets.toString());
            assertTrue(targets.stream().noneMatch(t -> t.contains("yangpu-points")), "not to the web page: " + targets);
        }
    }

    /** The page (from 0) a link inside the PDF goes to, -1 when it goes nowhere in it. */
    private static int pageOf(PDDocument doc, PDAnnotationLink link) throws java.io.IOException {
        PDDestination dest = link.getDestination();
        if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
            dest = goTo.getDestination();
        }
        if (dest instanceof PDNamedDestination named) {
            dest = doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        return dest instanceof PDPageDestination page ? page.retrievePageNumber() : -1;
    }

    private static void print(Path page, Path pdf) throws Exception {
        Path profile = Browser.newProfile();
        try {
            Process p = new ProcessBuilder(Browser.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile,
                    "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish printing");
        } finally {
            Browser.deleteProfile(profile);
        }
        assertTrue(Files.size(pdf) > 0, "chromium wrote no PDF");
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on the page", e);
        }
    }
}
