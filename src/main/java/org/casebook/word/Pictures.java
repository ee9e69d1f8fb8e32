package org.casebook.word;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures of one run of the Word output. A picture goes into its case's document and into every
 * collection holding the case, so each file is read, measured and checksummed once: its size from the
 * image header (never decoding the picture), its bytes kept while all kept bytes stay within a
 * budget, read again from disk beyond it.
 */
final class Pictures {

    /**
     * A picture's size in CSS pixels; {@code kept} its bytes, or null
     * when they are beyond the budget (the document reads the file again when it writes the picture).
     */
    record Picture(byte[] kept, double width, double height) {
    }

    private static final Pattern SVG_SIZE = Pattern.compile("<svg\\b[^>]*?\\bviewBox\\s*=\\s*\"[-\\d.]+[ ,]+[-\\d.]+[ ,]+([\\d.]+)[ ,]+([\\d.]+)\"");
    private static final Pattern SVG_WIDTH = Pattern.compile("<svg\\b[^>]*?\\bwidth\\s*=\\s*\"([\\d.]+)(?:px)?\"[^>]*?\\bheight\\s*=\\s*\"([\\d.]+)(?:px)?\"");
    private static final long BUDGET = 64L << 20;

    private final Map<Path, Picture> known = new ConcurrentHashMap<>();
    private final AtomicLong kept = new AtomicLong();

    /** The picture in {@code file}, of type {@code type} (a part extension: png, jpeg, gif, bmp, svg). */
    Picture read(Path file, String type) throws IOException {
        Picture known = this.known.get(file);
        if (known != null) {
            return known;
        }
        byte[] bytes = Files.readAllBytes(file);
        double[] size = size(bytes, type);
        boolean keep = kept.addAndGet(bytes.length) <= BUDGET;
        if (!keep) {
            kept.addAndGet(-bytes.length);
        }
        Picture p = new Picture(keep ? bytes : null, size[0], size[1]);
        Picture raced = this.known.putIfAbsent(file, p);
        if (raced != null && keep) {
            kept.addAndGet(-bytes.length);
        }
        return raced != null ? raced : p;
    }

    /** The picture's size in CSS pixels; 600 × 400 when it cannot be read. */
    private static double[] size(byte[] bytes, String type) {
        try {
            if (type.equals("svg")) {
                String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
                Matcher wh = SVG_WIDTH.matcher(head);
                if (wh.find()) {
                    return new double[] {Double.parseDouble(wh.group(1)), Double.parseDouble(wh.group(2))};
                }
                Matcher vb = SVG_SIZE.matcher(head);
                if (vb.find()) {
                    return new double[] {Double.parseDouble(vb.group(1)), Double.parseDouble(vb.group(2))};
                }
            } else {
                double[] size = RasterSize.of(bytes);
                if (size != null) {
                    return size;
                }
            }
        } catch (RuntimeException e) {
            // fall through to the default size
        }
        return new double[] {600, 400};
    }
}
