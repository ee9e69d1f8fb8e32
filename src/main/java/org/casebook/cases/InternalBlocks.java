package org.casebook.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.taxonomy.Suggestions;

/**
 * The line-exact syntax of internal-only passages in a case body:
 *
 * <pre>
 * ::: internal
 * 只在内部版显示的段落……
 * :::
 * </pre>
 *
 * A fence is any line whose first characters, after spaces, tabs or blockquote {@code >}, are three
 * or more colons (half- or full-width, as a Chinese input method types them). It is recognised
 * everywhere, code blocks included: a passage meant to be internal must never slip out because
 * of where it was written. A fence with any other word than {@code internal} (or {@code 内部}) is an
 * error, so a typo fails the build instead of publishing the passage. Removing a passage blanks its
 * lines rather than deleting them, so every later line keeps its number in messages.
 */
public final class InternalBlocks {

    private static final Pattern FENCE = Pattern.compile("^[ \\t>]*[:：]{3,}[ \\t]*(.*?)[ \\t]*$");
    private static final List<String> OPENERS = List.of("internal", "内部");

    private InternalBlocks() {
    }

    /**
     * Finds the internal passages of a body, reporting unclosed, nested, stray and unknown fences at
     * their file line.
     *
     * @param bodyLine the file line the body starts on
     */
    public static List<InternalBlock> scan(String body, int bodyLine, String file, Diagnostics diags) {
        return scan(body.split("\n", -1), bodyLine, file, diags);
    }

    /** {@link #scan(String, int, String, Diagnostics)} of a body already split into its lines. */
    public static List<InternalBlock> scan(String[] lines, int bodyLine, String file, Diagnostics diags) {
        List<InternalBlock> blocks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!mayBeFence(lines[i])) {
                continue;
            }
            Matcher m = FENCE.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            int line = bodyLine + i;
            int column = quoteEnd(lines[i]) + 1;
            SourcePos pos = new SourcePos(file, line, column);
            String word = m.group(1);
            if (word.isEmpty()) {
                if (open < 0) {
                    diags.error(pos, "block.stray-close");
                } else {
                    blocks.add(new InternalBlock(open, line));
                    open = -1;
                }
            } else if (OPENERS.contains(word.toLowerCase(Locale.ROOT))) {
                if (open >= 0) {
                    diags.error(pos, "block.nested", open);
                } else {
                    open = line;
                }
            } else {
                unknown(pos, word, diags);
            }
        }
        if (open >= 0) {
            diags.error(new SourcePos(file, open, 1), "block.unclosed");
        }
        return List.copyOf(blocks);
    }

    /** The body with the fence lines blank and the passages kept: what the internal site shows. */
    public static String withoutFences(String body, int bodyLine, List<InternalBlock> blocks) {
        return blank(body, bodyLine, blocks, true);
    }

    /** The body with every passage, fences included, blank: what the public site shows. */
    public static String withoutPassages(String body, int bodyLine, List<InternalBlock> blocks) {
        return blank(body, bodyLine, blocks, false);
    }

    private static String blank(String body, int bodyLine, List<InternalBlock> blocks, boolean fencesOnly) {
        if (blocks.isEmpty()) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        for (InternalBlock b : blocks) {
            for (int line = b.openLine(); line <= b.closeLine(); line++) {
                boolean fence = line == b.openLine() || line == b.closeLine();
                if (fence || !fencesOnly) {
                    lines[line - bodyLine] = "";
                }
            }
        }
        return String.join("\n", Arrays.asList(lines));
    }

    /**
     * Whether the line's first character after spaces, tabs and {@code >} is a colon, as every
     * {@link #FENCE} begins: the pattern, run on every line of every body, then sees only those.
     */
    private static boolean mayBeFence(String line) {
        int i = quoteEnd(line);
        return i < line.length() && (line.charAt(i) == ':' || line.charAt(i) == '：');
    }

    /** Where a line's text starts after the spaces, tabs and quote markers ({@code >}) before it. */
    private static int quoteEnd(String line) {
        int i = 0;
        while (i < line.length() && " \t>".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static void unknown(SourcePos pos, String word, Diagnostics diags) {
        Optional<String> close = Suggestions.closest(word.toLowerCase(Locale.ROOT), OPENERS);
        String hint = close.map(s -> diags.messages().format("hint.did-you-mean", "::: " + s) + " ")
                .orElse("") + diags.messages().format("block.unknown.hint");
        diags.reportWithHint(pos, Severity.ERROR, "block.unknown", hint, word);
    }
}
