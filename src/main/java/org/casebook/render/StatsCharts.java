package org.casebook.render;

import java.util.List;

/**
 * Horizontal bar charts as inline SVG, drawn at build time so the reader's browser runs no chart
 * library. Each chart is an image with a title and description for screen readers; the page shows
 * the same numbers as a table next to it. Colours come from the theme's CSS (classes), so dark mode
 * and print follow it.
 */
final class StatsCharts {

    record Bar(String label, int value) {
    }

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 200;
    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;
    static final int FONT = 13;

    private StatsCharts() {
    }

    static String bars(String id, String title, String description, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int plot = WIDTH - LABEL_WIDTH - 48;
        int height = GAP + bars.size() * (BAR_HEIGHT + GAP);
        StringBuilder sb = new StringBuilder(1024 + bars.size() * 256);
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">");
        sb.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description)).append("</desc>");
        int y = GAP;
        for (Bar b : bars) {
            int w = (int) Math.round((double) b.value() * plot / max);
            int mid = y + BAR_HEIGHT / 2 + FONT / 2 - 2;
            sb.append("<text class=\"chart-label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(mid)
                    .append("\" text-anchor=\"end\" font-size=\"").append(FONT).append("\">")
                    .append(Xml.escape(b.label())).append("</text>");
            sb.append("<rect class=\"chart-bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(Math.max(w, b.value() > 0 ? 2 : 0)).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" rx=\"3\"/>");
            sb.append("<text class=\"chart-value\" x=\"").append(LABEL_WIDTH + w + 6).append("\" y=\"").append(mid)
                    .append("\" font-size=\"").append(FONT).append("\">").append(b.value()).append("</text>");
            y += BAR_HEIGHT + GAP;
        }
        sb.append("</svg>");
        return sb.toString();
    }
}
