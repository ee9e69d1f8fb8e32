package org.casebook.yaml;

import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns SnakeYAML's English parser errors into diagnostics a park officer can act on. The common
 * slips (a full-width colon, a tab, a missing space after the colon) are recognised from the text
 * around the error and explained in plain words; anything else keeps SnakeYAML's own problem text.
 */
final class YamlErrors {

    /** SnakeYAML's wording of the errors contributors meet, and the message that explains each. */
    private static final String[][] KNOWN_PROBLEMS = {
        {"mapping values are not allowed here", "yaml.unexpected-colon"},
        {"could not find expected ':'", "yaml.expected-colon"},
        {"found unexpected end of stream", "yaml.unclosed-quote"},
        {"did not find expected key", "yaml.indentation"},
        {"did not find expected ',' or ']'", "yaml.unclosed-list"},
        {"found undefined alias", "yaml.alias"},
    };

    private YamlErrors() {
    }

    static void report(MarkedYAMLException e, YamlSlips.Repaired repaired, String file, int firstLine,
            Diagnostics diags) {
        String text = repaired.text();
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 0 : mark.getLine();
        int column = mark == null ? 0 : mark.getColumn();
        String[] lines = text.split("\n", -1);

        // the slip is usually on the problem line or just above it (SnakeYAML often notices one line late)
        for (int i = Math.min(line, lines.length - 1); i >= Math.max(0, line - 1); i--) {
            String l = lines[i];
            int tab = l.indexOf('\t');
            if (tab >= 0) {
                diags.error(new SourcePos(file, firstLine + i, tab + 1), "yaml.tab");
                return;
            }
            int fullColon = l.indexOf('：');
            if (fullColon >= 0 && l.indexOf(':') < 0) {
                diags.error(new SourcePos(file, firstLine + i, fullColon + 1), "yaml.fullwidth-colon");
                return;
            }
            int colon = l.indexOf(':');
            if (colon > 0 && colon + 1 < l.length() && l.charAt(colon + 1) != ' ' && !l.substring(0, colon).contains("\"")
                    && !l.trim().startsWith("-") && !l.substring(colon + 1).startsWith("//")) {
                diags.error(new SourcePos(file, firstLine + i, colon + 1), "yaml.colon-space");
                return;
            }
        }
        String problem = (e.getProblem() != null ? e.getProblem() : e.getMessage()).trim();
        for (String[] known : KNOWN_PROBLEMS) {
            if (problem.startsWith(known[0])) {
                // an unclosed quote is noticed at the end of the text; the quote itself is where it opened
                Mark opened = known[1].equals("yaml.unclosed-quote") ? e.getContextMark() : null;
                diags.error(opened != null ? repaired.pos(file, firstLine, opened.getLine(), opened.getColumn())
                        : repaired.pos(file, firstLine, line, column), known[1]);
                return;
            }
        }
        diags.error(repaired.pos(file, firstLine, line, column), "yaml.syntax", problem.trim());
    }
}
