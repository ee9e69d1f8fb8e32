package org.casebook.render.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each piece of a body's raw HTML landed in the rendered HTML. flexmark copies raw HTML into
 * its output verbatim and in document order, so each piece is found by searching forward; an offset
 * in the output then maps back to an offset in the Markdown (and so to a file line), which lets the
 * cleaner report what it removes at the line the contributor wrote it.
 */
final class RawHtmlMap {

    /** Output range [outStart, outEnd) holds {@code source}, character for character. */
    private record Segment(int outStart, int outEnd, BasedSequence source) {
    }

    private final List<Segment> segments;

    private RawHtmlMap(List<Segment> segments) {
        this.segments = segments;
    }

    static RawHtmlMap of(Document document, String html) {
        List<Segment> segments = new ArrayList<>();
        int cursor = 0;
        for (Node node : document.getDescendants()) {
            if (!(node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) || hasRawAncestor(node)) {
                continue;
            }
            BasedSequence seq = node instanceof HtmlBlockBase block ? block.getContentChars() : node.getChars();
            BasedSequence found = null;
            int at = -1;
            for (BasedSequence candidate : List.of(seq, seq.trimEOL(), seq.trim())) {
                if (candidate.isEmpty()) {
                    continue;
                }
                at = html.indexOf(candidate.toString(), cursor);
                if (at >= 0) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                // not found verbatim (should not happen): anything from here on is blamed on this node's start
                segments.add(new Segment(cursor, cursor, seq));
                continue;
            }
            segments.add(new Segment(at, at + found.length(), found));
            cursor = at + found.length();
        }
        return new RawHtmlMap(List.copyOf(segments));
    }

    private static boolean hasRawAncestor(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof HtmlBlockBase) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }

    /**
     * True when output offset {@code outPos} lies in raw HTML the contributor wrote, not in an element
     * Markdown made (an image, a link): only those are the contributor's to be told about.
     */
    boolean isRaw(int outPos) {
        for (Segment s : segments) {
            if (outPos >= s.outStart() && outPos < s.outEnd()) {
                return true;
            }
        }
        return false;
    }

    /** The Markdown offset that produced output offset {@code outPos}; 0 when there is no raw HTML at all. */
    int sourceOffset(int outPos) {
        Segment best = null;
        for (Segment s : segments) {
            if (s.outStart() <= outPos) {
                best = s;
            }
            if (outPos >= s.outStart() && outPos < s.outEnd()) {
                return s.source().getIndexOffset(outPos - s.outStart());
            }
        }
        if (best == null) {
            best = segments.isEmpty() ? null : segments.get(0);
        }
        return best == null ? 0 : best.source().getStartOffset();
    }
}
