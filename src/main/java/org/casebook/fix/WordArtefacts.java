package org.casebook.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traces of Word in a case body, found line by line: each would reach the page as something the
 * author did not mean (a literal •, a paragraph shown as code, a heading shown as text). The same
 * rules find them for {@code check} and repair them for {@code fix}, so the two never disagree.
 * Lines inside fenced code blocks are left alone.
 */
public final class WordArtefacts {

    /** What kind of trace, with the diagnostic code {@code check} reports it under. */
    public enum Kind {
        /** {@code • 文字}: a Word bullet, shown literally. */
        BULLET("word.bullet"),
        /** {@code 1．文字}, {@code （1）文字}: Word's numbering, not a Markdown list. */
        NUMBERING("word.numbering"),
        /** A prose paragraph indented by four spaces or a tab: shown as a code block. */
        INDENTED("word.indented"),
        /** {@code ##二、背景}: no space after the #, shown as text. */
        HEADING_SPACE("word.heading-space");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One trace: line (1-based, in the file's numbering), column, kind, the marker as written
     * ({@code •}, {@code （1）}, {@code ##}; empty for an indent), and the line as it is and should be.
     */
    public record Artefact(int line, int column, Kind kind, String marker, String original, String repaired) {
    }

    private static final Pattern BULLET = Pattern.compile("^([ \\t\\u3000]*)[•·●▪■◆○◦]+[ \\t\\u3000]*(?=\\S)");
    private static final Pattern NUMBER = Pattern.compile("^([ \\t\\u3000]*)([0-9０-９]{1,3})[．]\\s*(?=\\S)");
    private static final Pattern PAREN_NUMBER = Pattern.compile("^([ \\t\\u3000]*)[（(]([0-9０-９]{1,3})[）)]\\s*(?=\\S)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(?=[\\u3000-\\u9FFF\\uFF00-\\uFFEF])");
    private static final Pattern ATX_HEADING = Pattern.compile("^#{1,6}(?:[ \\t]|$)");
    private static final Pattern INDENT = Pattern.compile("^( {4,}|\\t)[ \\t]*(?=\\S)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}([-*+]|\\d{1,9}[.)])[ \\t]");

    private WordArtefacts() {
    }

    /** Every trace in the given body lines; {@code firstLine} is the file line number of {@code lines.get(0)}. */
    public static List<Artefact> scan(List<String> lines, int firstLine) {
        List<Artefact> found = new ArrayList<>();
        String fence = null;
        boolean inList = false;
        boolean previousBlank = true;
        boolean inIndentedRun = false;
        boolean previousHeading = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = firstLine + i;
            char first = line.isEmpty() ? 'x' : line.charAt(0);
            // only a line starting with a space, ` or ~ can be a fence: no matcher for the others
            Matcher f = first == ' ' || first == '`' || first == '~' ? FENCE.matcher(line) : null;
            boolean isFence = f != null && f.find();
            if (fence != null) {
                if (isFence && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()) {
                    fence = null;
                }
                previousBlank = false;
                continue;
            }
            if (isFence) {
                fence = f.group(1);
                previousBlank = false;
                inIndentedRun = false;
                continue;
            }
            if (line.isBlank()) {
                previousBlank = true;
                continue;
            }
            // a heading ends its line's block: an indented line right under it starts a code block too
            Artefact a = lineArtefact(line, n, previousBlank || inIndentedRun || previousHeading, inList);
            previousHeading = first == '#' && ATX_HEADING.matcher(line).find()
                    || a != null && a.kind() == Kind.HEADING_SPACE;
            if (a != null) {
                found.add(a);
            }
            inIndentedRun = a != null && a.kind() == Kind.INDENTED;
            if ((first == ' ' || first == '-' || first == '*' || first == '+' || (first >= '0' && first <= '9'))
                    && LIST_ITEM.matcher(line).find() || (a != null && (a.kind() == Kind.BULLET || a.kind() == Kind.NUMBERING))) {
                inList = true;
            } else if (previousBlank && !Character.isWhitespace(line.charAt(0))) {
                inList = false;
            }
            previousBlank = false;
        }
        return found;
    }

    private static Artefact lineArtefact(String line, int n, boolean startsBlock, boolean inList) {
        char c = line.charAt(0);
        // the common line starts with text: decided without a regular expression (check runs this on every line)
        if (!(c == ' ' || c == '\t' || c == '\u3000' || c == '#' || c == '(' || c == '（' || "•·●▪■◆○◦".indexOf(c) >= 0
                || (c >= '0' && c <= '9') || (c >= '０' && c <= '９'))) {
            return null;
        }
        Matcher m = BULLET.matcher(line);
        if (m.find()) {
            return new Artefact(n, m.group(1).length() + 1, Kind.BULLET, marker(line, m), line, "- " + line.substring(m.end()));
        }
        m = NUMBER.matcher(line);
        if (m.find()) {
            return new Artefact(n, m.group(1).length() + 1, Kind.NUMBERING, marker(line, m), line,
                    ascii(m.group(2)) + ". " + line.substring(m.end()));
        }
        m = PAREN_NUMBER.matcher(line);
        if (m.find()) {
            return new Artefact(n, m.group(1).length() + 1, Kind.NUMBERING, marker(line, m), line,
                    ascii(m.group(2)) + ". " + line.substring(m.end()));
        }
        m = HEADING.matcher(line);
        if (m.find()) {
            return new Artefact(n, 1, Kind.HEADING_SPACE, m.group(1), line,
                    m.group(1) + " " + line.substring(m.end()));
        }
        m = INDENT.matcher(line);
        // Chinese prose indented like code, not inside a list (where indentation continues an item)
        if (startsBlock && !inList && m.find() && hasCjk(line)) {
            return new Artefact(n, 1, Kind.INDENTED, "", line, line.substring(m.end()));
        }
        return null;
    }

    private static String marker(String line, Matcher m) {
        return line.substring(m.group(1).length(), m.end()).strip();
    }

    private static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Full-width digits to ASCII: １２ → 12. */
    static String ascii(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
