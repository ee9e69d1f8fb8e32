package org.casebook.importer;

import java.util.regex.Pattern;

/** Word text written as Markdown: characters Markdown would read as syntax are escaped. */
final class Markdown {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    /** At a line start these open a heading, list, quote or break. */
    private static final Pattern LINE_START = Pattern.compile("^(#{1,6}(?=\\s|$)|[-+](?=\\s)|\\d{1,9}(?=[.)]\\s)|=+$|-{3,}$)");

    private Markdown() {
    }

    static String escape(String text) {
        String s = SPECIAL.matcher(text).replaceAll("\\\\$1");
        java.util.regex.Matcher m = LINE_START.matcher(s);
        if (m.find()) {
            String g = m.group(1);
            s = g.chars().allMatch(Character::isDigit) ? g + "\\" + s.substring(g.length()) : "\\" + s;
        }
        return s;
    }

    /**
     * A paragraph's runs joined: neighbouring runs with the same emphasis and link are merged first, so
     * that Word's habit of splitting a word into many runs does not give {@code **a****b**}. Spaces at
     * the edge of an emphasised span are moved outside it (CommonMark would not close it otherwise).
     */
    static final class Inline {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder pending = new StringBuilder();
        private boolean bold;
        private boolean italic;
        private String link;

        void text(String text, boolean b, boolean i, String href) {
            if (pending.length() > 0 && (b != bold || i != italic || !java.util.Objects.equals(href, link))) {
                flush();
            }
            bold = b;
            italic = i;
            link = href;
            pending.append(text);
        }

        void raw(String markdown) {
            flush();
            out.append(markdown);
        }

        private void flush() {
            if (pending.length() == 0) {
                return;
            }
            String t = pending.toString().replace('\t', ' ').replace("\n", "<br>");
            pending.setLength(0);
            String core = t.strip();
            if (core.isEmpty()) {
                out.append(t.isEmpty() ? "" : " ");
                return;
            }
            String lead = t.substring(0, t.indexOf(core));
            String trail = t.substring(t.indexOf(core) + core.length());
            String md = escape(core).replace("\\<br\\>", "<br>");
            String mark = bold && italic ? "***" : bold ? "**" : italic ? "*" : "";
            md = mark + md + mark;
            if (link != null && org.casebook.url.UrlPolicy.isAllowed(link)) {
                md = "[" + md + "](" + link.replace(" ", "%20").replace(")", "%29").replace("(", "%28") + ")";
            }
            out.append(lead.isEmpty() ? "" : " ").append(md).append(trail.isEmpty() ? "" : " ");
        }

        @Override
        public String toString() {
            flush();
            return out.toString();
        }
    }
}
