package org.casebook.render.output;

import java.util.List;
import org.casebook.io.Xml;

/**
 * Horizontal bar charts as inline SVG, drawn at build time so the reader's browser runs no chart
 * library. Each chart is an image with a title and description for screen readers; the page shows
 * the same numbers as a table next to it. Colours come from the theme's CSS (classes), so dark mode
 * and print follow it. Each label sits on its own line above its bar, so the chart is drawn narrow
 * enough for a phone: shown 358 px wide on a 390 px screen, its text is still 12.5 px.
 */
final class StatsCharts {

    record Bar(String label, int value) {
    }

    static final int WIDTH = 400;
    static final int BAR_HEIGHT = 16;
    static final int GAP = 10;
    static final int FONT = 14;
    static final int ROW = FONT + 4 + BAR_HEIGHT + GAP;

    private StatsCharts() {
    }

    static String bars(String id, String title, String description, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int plot = WIDTH - 40;
        int height = GAP + bars.size() * ROW;
        StringBuilder sb = new StringBuilder(1024 + bars.size() * 256);
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">");
        sb.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description)).append("</desc>");
        int y = GAP;
        for (Bar b : bars) {
            int w = (int) Math.round((double) b.value() * plot / max);
            sb.append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + FONT)
                    .append("\" font-size=\"").append(FONT).append("\">")
                    .append(Xml.escape(b.label())).append("</text>");
            y += FONT + 4;
            int mid = y + BAR_HEIGHT / 2 + FONT / 2 - 2;
            sb.append("<rect class=\"chart-bar\" x=\"0\" y=\"").append(y)
                    .append("\" width=\"").append(Math.max(w, b.value() > 0 ? 2 : 0)).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" rx=\"3\"/>");
            sb.append("<text class=\"chart-value\" x=\"").append(w + 6).append("\" y=\"").append(mid)
                    .append("\" font-size=\"").append(FONT).append("\">").append(b.value()).append("</text>");
            y += BAR_HEIGHT + GAP;
        }
        sb.append("</svg>");
        return sb.toString();
    }
}
