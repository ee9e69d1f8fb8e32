package org.casebook.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns SnakeYAML's English parser errors into diagnostics a park officer can act on. Every problem
 * form SnakeYAML's reader, scanner, parser and composer can raise for a front matter block has its own
 * message (see {@code YamlErrorsTest}, which feeds each form); none of SnakeYAML's English is ever
 * shown. The position is the one an editor shows for the character at fault, and that character is
 * named in the message; where a fix can be written out (a value to quote), the hint shows it.
 */
final class YamlErrors {

    /** {@code key: value} on one line, the value not empty. */
    /** {@code park 洋浦}: a field name, a space where its colon should be, and a value without a colon. */
    private static final Pattern KEY_SPACE_VALUE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)[ \t\u3000]+([^:：\s][^:：]*?)\s*$");
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s:#][^:]*?):\\s+(\\S.*?)\\s*$");

    /** {@code   theme: 组织建设} indented under a field that already has its value: a key meant to be top-level. */
    private static final Pattern INDENTED_KEY = Pattern.compile("^[ ]+([A-Za-z_][A-Za-z0-9_-]*):[ \\t]+(\\S.*?)\\s*$");

    private YamlErrors() {
    }

    /**
     * The one line a colon out of place really comes from, when it is not the colon's own line: a
     * top-level {@code title 标题} above it (without its colon it starts a text that the next field's
     * colon cannot continue), or the colon's line itself when it is a field indented under one that
     * already has a value. Such a line alone is the entry to leave out; -1 when neither.
     */
    static int lineAlone(MarkedYAMLException e, String text) {
        String problem = e.getProblem() == null ? "" : e.getProblem().trim();
        Mark mark = e.getProblemMark();
        if (!problem.startsWith("mapping values are not allowed here") || mark == null) {
            return -1;
        }
        String[] lines = text.split("\n", -1);
        int at = mark.getLine();
        if (at >= lines.length) {
            return -1;
        }
        int above = contentAbove(lines, at);
        if (above < 0 || lines[above].isEmpty() || Character.isWhitespace(lines[above].charAt(0))) {
            return -1;
        }
        boolean topLevel = !lines[at].isEmpty() && !Character.isWhitespace(lines[at].charAt(0));
        if (topLevel && KEY_SPACE_VALUE.matcher(lines[above]).matches()) {
            return above;
        }
        Matcher value = KEY_VALUE.matcher(lines[above]);
        boolean aboveHasValue = value.matches() && value.group(1).isEmpty() && !value.group(3).startsWith("#");
        return !topLevel && aboveHasValue && INDENTED_KEY.matcher(lines[at]).matches() ? at : -1;
    }

    static void report(MarkedYAMLException e, YamlSlips.Repaired repaired, String file, int firstLine,
            Diagnostics diags) {
        new Report(e, repaired, file, firstLine, diags).run();
    }

    /** A problem without a mark: SnakeYAML's limits, and characters its reader refuses. */
    static void report(YAMLException e, YamlSlips.Repaired repaired, String file, int firstLine, Diagnostics diags) {
        if (e instanceof ReaderException r) {
            int[] lineCol = lineColumnOfCodePoint(repaired.text(), r.getPosition());
            diags.error(repaired.pos(file, firstLine, lineCol[0], lineCol[1]), "yaml.special-char",
                    String.format("U+%04X", r.getCodePoint()));
            return;
        }
        String m = String.valueOf(e.getMessage());
        String key = m.startsWith("The incoming YAML document exceeds the limit") ? "yaml.too-large"
                : m.startsWith("Number of aliases") ? "yaml.too-many-aliases"
                : m.startsWith("Nesting Depth") ? "yaml.too-deep"
                : "yaml.limit";
        Object limit = key.equals("yaml.too-large") ? YamlDocument.MAX_CHARS / 1024
                : key.equals("yaml.too-many-aliases") ? YamlDocument.MAX_ALIASES : YamlDocument.MAX_DEPTH;
        diags.error(new SourcePos(file, firstLine, 1), key, limit);
    }

    /** The nearest line above {@code at} that is neither blank nor a comment; -1 when none. */
    private static int contentAbove(String[] lines, int at) {
        int above = at - 1;
        while (above >= 0 && (lines[above].isBlank() || lines[above].stripLeading().startsWith("#"))) {
            above--;
        }
        return above;
    }

    private static final class Report {
        private final MarkedYAMLException e;
        private final YamlSlips.Repaired repaired;
        private final String file;
        private final int firstLine;
        private final Diagnostics diags;
        private final String[] lines;
        private final String problem;
        private final String context;
        private final Mark problemMark;
        private final Mark contextMark;

        Report(MarkedYAMLException e, YamlSlips.Repaired repaired, String file, int firstLine, Diagnostics diags) {
            this.e = e;
            this.repaired = repaired;
            this.file = file;
            this.firstLine = firstLine;
            this.diags = diags;
            this.lines = repaired.text().split("\n", -1);
            this.problem = e.getProblem() == null ? "" : e.getProblem().trim();
            this.context = e.getContext() == null ? "" : e.getContext().trim();
            this.problemMark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            this.contextMark = e.getContextMark() != null ? e.getContextMark() : problemMark;
        }

        void run() {
            if (slipNearby()) {
                return;
            }
            if (context.startsWith("while scanning a directive") || context.startsWith("while scanning a YAML directive")
                    || problem.startsWith("found duplicate YAML directive")
                    || problem.startsWith("found incompatible YAML document")
                    || problem.startsWith("expected '<document start>'") && startsWithDirective()) {
                error(firstDirectiveLine(), 0, "yaml.directive");
            } else if (problem.startsWith("found character '\t")) {
                error(problemMark, tabKey(lineOf(problemMark), column(problemMark)));
            } else if (problem.startsWith("found character")) {
                valueStartsWithReserved(problemMark, "yaml.reserved-start");
            } else if (problem.startsWith("found unexpected end of stream")
                    || problem.startsWith("found unexpected document separator")) {
                // noticed at the end of the text; the quote itself is where it opened
                error(contextMark, "yaml.unclosed-quote", charAt(contextMark));
            } else if (problem.startsWith("found unknown escape character") || problem.startsWith("expected escape sequence")) {
                escape();
            } else if (context.startsWith("while scanning an anchor") || context.startsWith("while scanning an alias")) {
                valueStartsWithReserved(contextMark, "yaml.anchor");
            } else if (context.startsWith("while scanning a tag") || problem.startsWith("found undefined tag handle")
                    || problem.startsWith("Global tag is not allowed")) {
                valueStartsWithReserved(contextMark, "yaml.tag");
            } else if (context.startsWith("while scanning a block scalar")) {
                valueStartsWithReserved(contextMark, "yaml.block-scalar");
            } else if (problem.startsWith("found undefined alias")) {
                valueStartsWithReserved(problemMark, "yaml.alias");
            } else if (problem.startsWith("could not find expected ':'")) {
                keyWithoutColon();
            } else if (problem.startsWith("mapping values are not allowed here")) {
                misplacedColon();
            } else if (problem.startsWith("sequence entries are not allowed here")) {
                valueStartsWithReserved(problemMark, "yaml.dash-after-colon");
            } else if (problem.startsWith("mapping keys are not allowed here")) {
                valueStartsWithReserved(problemMark, "yaml.question-mark");
            } else if (problem.startsWith("expected ',' or ']'")) {
                unclosed("yaml.unclosed-list", "yaml.list-unexpected");
            } else if (problem.startsWith("expected ',' or '}'")) {
                unclosed("yaml.unclosed-brace", "yaml.brace-unexpected");
            } else if (problem.startsWith("expected the node content")) {
                missingValue();
            } else if (problem.startsWith("expected <block end>")) {
                blockEnd();
            } else if (problem.startsWith("but found another document") || context.startsWith("expected a single document")
                    || problem.startsWith("expected '<document start>'")) {
                error(problemMark, "yaml.second-document");
            } else {
                error(problemMark, "yaml.syntax", charAt(problemMark));
            }
        }

        /**
         * The slips YAML itself cannot name (a tab, a full-width colon, a missing space) are usually on
         * the problem line or just above it, as SnakeYAML often notices one line late.
         */
        private boolean slipNearby() {
            int line = problemMark == null ? 0 : problemMark.getLine();
            for (int i = Math.min(line, lines.length - 1); i >= Math.max(0, line - 1); i--) {
                String l = lines[i];
                int tab = l.indexOf('\t');
                if (tab >= 0) {
                    diags.error(new SourcePos(file, firstLine + i, tab + 1), tabKey(l, tab));
                    return true;
                }
                int fullColon = l.indexOf('：');
                if (fullColon >= 0 && l.indexOf(':') < 0) {
                    diags.error(new SourcePos(file, firstLine + i, fullColon + 1), "yaml.fullwidth-colon",
                            l.substring(0, fullColon).strip());
                    return true;
                }
                int colon = l.indexOf(':');
                if (colon > 0 && colon + 1 < l.length() && l.charAt(colon + 1) != ' ' && !l.substring(0, colon).contains("\"")
                        && !l.substring(0, colon).contains("'") && !l.trim().startsWith("-")
                        && !l.substring(colon + 1).startsWith("//") && !l.trim().startsWith("%")) {
                    diags.error(new SourcePos(file, firstLine + i, colon + 1), "yaml.colon-space", l.substring(0, colon).strip());
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code park 洋浦}: SnakeYAML notices the missing colon a line late, where it looks for one; the
         * line that began the key is named, with the field written out, when it reads as a key and its value.
         */
        private void keyWithoutColon() {
            Matcher m = contextMark == null ? null : KEY_SPACE_VALUE.matcher(lineOf(contextMark));
            if (m != null && m.matches()) {
                error(contextMark.getLine(), m.end(1), "yaml.key-without-colon", m.group(1), m.group(2));
            } else {
                error(problemMark, "yaml.expected-colon");
            }
        }

        /** A tab that indents a line, or one that stands between a field's colon and its value. */
        private static String tabKey(String line, int at) {
            return at > 0 && at <= line.length() && !line.substring(0, at).isBlank() ? "yaml.tab-inside" : "yaml.tab";
        }

        /** A colon YAML did not expect: often the fault of a line without its colon, or of an indent. */
        private void misplacedColon() {
            int alone = lineAlone(e, repaired.text());
            if (alone < 0) {
                error(problemMark, "yaml.unexpected-colon");
                return;
            }
            Matcher colonless = KEY_SPACE_VALUE.matcher(lines[alone]);
            if (colonless.matches()) {
                error(alone, colonless.end(1), "yaml.key-without-colon", colonless.group(1), colonless.group(2));
                return;
            }
            Matcher indented = INDENTED_KEY.matcher(lines[alone]);
            indented.matches();
            Matcher parent = KEY_VALUE.matcher(lines[contentAbove(lines, alone)]);
            error(alone, 0, "yaml.indented-key", indented.group(1), parent.matches() ? parent.group(2).strip() : "",
                    indented.group(2));
        }

        /**
         * A value opened by a character YAML reserves ({@code @ ` * & ! | > - ?}, a quote or a bracket):
         * the message names the character, the hint writes the value out in quotes.
         */
        private void valueStartsWithReserved(Mark at, String key) {
            String line = lineOf(at);
            Matcher m = KEY_VALUE.matcher(line);
            String fieldKey = m.matches() ? m.group(2).strip() : "title";
            String value = m.matches() ? m.group(3) : line.strip();
            error(at, key, charAt(at), fieldKey, quoted(value));
        }

        /** A backslash in double quotes (a Windows path, usually) that is not one of YAML's escapes. */
        private void escape() {
            int line = problemMark.getLine();
            String l = lineOf(problemMark);
            int at = Math.min(column(problemMark), Math.max(0, l.length() - 1));
            // the mark is just after the backslash (or after \x): the escape is named from its backslash
            int col = Math.max(0, l.lastIndexOf('\\', Math.max(0, at - 1)));
            int end = Math.min(l.length(), at + Character.charCount(l.codePointAt(at)));
            String escape = l.substring(col, Math.max(col + 1, end));
            Matcher m = KEY_VALUE.matcher(l);
            String fieldKey = m.matches() ? m.group(2).strip() : "title";
            String value = m.matches() ? m.group(3) : l.strip();
            String inner = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
            String single = "'" + inner.replace("'", "''") + "'";
            diags.error(repaired.pos(file, firstLine, line, col), "yaml.escape", escape, fieldKey, single);
        }

        private void unclosed(String unclosedKey, String unexpectedKey) {
            boolean sameLine = contextMark != null && problemMark != null && contextMark.getLine() == problemMark.getLine();
            if (sameLine && !problem.endsWith("<stream end>") && !problem.endsWith("but got <stream end>")) {
                error(problemMark, unexpectedKey, charAt(problemMark));
            } else {
                error(contextMark, unclosedKey, charAt(contextMark));
            }
        }

        private void missingValue() {
            String line = lineOf(problemMark);
            if (problem.contains("<stream end>") && line.contains("[") && !line.contains("]")) {
                String l = lineOf(problemMark);
                error(problemMark.getLine(), Math.max(0, l.lastIndexOf('[')), "yaml.unclosed-list", "[");
            } else {
                error(problemMark, "yaml.missing-value", charAt(problemMark));
            }
        }

        private void blockEnd() {
            String line = lineOf(problemMark);
            Matcher m = KEY_VALUE.matcher(line);
            if (problem.endsWith("'<scalar>'") && m.matches() && "\"'[{".indexOf(m.group(3).charAt(0)) >= 0
                    && column(problemMark) > m.start(3)) {
                // title: "三张清单"工作法 — the quoted part is the whole value to YAML, the rest is left over
                String value = m.group(3);
                int valueStart = m.start(3);
                int extraStart = Math.min(column(problemMark), line.length());
                error(problemMark.getLine(), valueStart, "yaml.text-after-closing", value.substring(0, 1),
                        line.substring(extraStart).strip(), m.group(2).strip(), quoted(value));
            } else if (problem.endsWith("'-'") || problem.endsWith("<block sequence start>'")
                    || problem.endsWith("<block mapping start>'") || problem.endsWith("'<scalar>'")) {
                error(problemMark, "yaml.indentation");
            } else if (problem.endsWith("':'")) {
                error(problemMark, "yaml.missing-key");
            } else {
                error(problemMark, "yaml.unexpected-token", charAt(problemMark));
            }
        }

        private boolean startsWithDirective() {
            for (String l : lines) {
                if (!l.isBlank() && !l.stripLeading().startsWith("#")) {
                    return l.startsWith("%");
                }
            }
            return false;
        }

        private int firstDirectiveLine() {
            int line = problemMark == null ? 0 : problemMark.getLine();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("%")) {
                    return problem.startsWith("found duplicate") ? line : i;
                }
            }
            return line;
        }

        private String lineOf(Mark mark) {
            int line = mark == null ? 0 : mark.getLine();
            return line < lines.length ? lines[line] : "";
        }

        /** The character at a mark, named so that it can be seen: a space or an invisible one by its code. */
        private String charAt(Mark mark) {
            String line = lineOf(mark);
            int col = column(mark);
            if (mark == null || mark.getLine() >= lines.length || col >= line.length()) {
                return diags.messages().format("yaml.char.end");
            }
            return name(line.codePointAt(col));
        }

        private String name(int cp) {
            if (cp == ' ') {
                return diags.messages().format("yaml.char.space");
            }
            if (cp == '\t') {
                return "Tab";
            }
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SPACE_SEPARATOR || !Character.isDefined(cp)) {
                return String.format("U+%04X", cp);
            }
            return new String(Character.toChars(cp));
        }

        private void error(Mark mark, String key, Object... args) {
            error(mark == null ? 0 : mark.getLine(), column(mark), key, args);
        }

        /** A mark's column counts code points; an editor (and the rest of this code) counts chars. */
        private int column(Mark mark) {
            if (mark == null) {
                return 0;
            }
            String line = lineOf(mark);
            try {
                return line.offsetByCodePoints(0, Math.min(mark.getColumn(), line.codePointCount(0, line.length())));
            } catch (IndexOutOfBoundsException e) {
                return mark.getColumn();
            }
        }

        private void error(int line, int column, String key, Object... args) {
            diags.error(repaired.pos(file, firstLine, line, column), key, args);
        }
    }

    /** A value written out in quotes YAML takes literally: double quotes, or single ones if it holds a " or \. */
    static String quoted(String value) {
        String v = value.strip();
        if (v.indexOf('"') < 0 && v.indexOf('\\') < 0) {
            return "\"" + v + "\"";
        }
        return "'" + v.replace("'", "''") + "'";
    }

    /** 0-based line and column (in chars) of the code point at index {@code cpIndex} of {@code text}. */
    static int[] lineColumnOfCodePoint(String text, int cpIndex) {
        int i = 0;
        int line = 0;
        int col = 0;
        for (int n = 0; n < cpIndex && i < text.length(); n++) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                col = 0;
            } else {
                col += Character.charCount(cp);
            }
            i += Character.charCount(cp);
        }
        return new int[] {line, col};
    }
}
