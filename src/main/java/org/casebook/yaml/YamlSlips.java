package org.casebook.yaml;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;

/**
 * Finds the slips that YAML accepts silently but that are never what a contributor meant, before
 * SnakeYAML sees the text. {@code park：洋浦} (a full-width colon) and {@code park:洋浦} (no space)
 * are not keys to YAML: the line would quietly join the previous value and the field would go
 * missing. Each slip is reported where it is, then repaired in the text that is parsed, so the rest of
 * the file is still checked in the same run; columns after an inserted space are mapped back.
 */
final class YamlSlips {

    /** An unindented key followed by a full-width colon, or by a colon without a space. */
    private static final Pattern FULLWIDTH = Pattern.compile("^(\\s*)([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*(：)");
    private static final Pattern NO_SPACE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)(:)([^\\s/:\u3000])");
    /** {@code park:　洋浦}: the space after the colon typed by a Chinese input method, which YAML does not count. */
    private static final Pattern WIDE_SPACE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)(:)(\u3000+)");

    /** The text to parse, and per repaired line (0-based) the column (0-based) after which one space was inserted. */
    record Repaired(String text, Map<Integer, Integer> insertedSpaceAt) {

        SourcePos pos(String file, int firstLine, int line0, int column0) {
            Integer at = insertedSpaceAt.get(line0);
            int col = at != null && column0 > at ? column0 - 1 : column0;
            return new SourcePos(file, firstLine + line0, col + 1);
        }
    }

    private YamlSlips() {
    }

    static Repaired repair(String text, String file, int firstLine, Diagnostics diags) {
        String[] lines = text.split("\n", -1);
        Map<Integer, Integer> inserted = new HashMap<>();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher full = FULLWIDTH.matcher(line);
            if (full.find()) {
                int colon = full.start(3);
                diags.error(new SourcePos(file, firstLine + i, colon + 1), "yaml.fullwidth-colon", full.group(2));
                boolean spaceFollows = colon + 1 >= line.length() || Character.isWhitespace(line.charAt(colon + 1));
                lines[i] = line.substring(0, colon) + (spaceFollows ? ":" : ": ") + line.substring(colon + 1);
                if (!spaceFollows) {
                    inserted.put(i, colon);
                }
                changed = true;
                continue;
            }
            Matcher wide = WIDE_SPACE.matcher(line);
            if (wide.find()) {
                int colon = wide.start(2);
                diags.error(new SourcePos(file, firstLine + i, colon + 2), "yaml.fullwidth-space", wide.group(1));
                // one space for each: the columns of what follows stay as written
                lines[i] = line.substring(0, wide.start(3)) + " ".repeat(wide.group(3).length()) + line.substring(wide.end(3));
                changed = true;
                continue;
            }
            Matcher tight = NO_SPACE.matcher(line);
            if (tight.find()) {
                int colon = tight.start(2);
                diags.error(new SourcePos(file, firstLine + i, colon + 1), "yaml.colon-space", tight.group(1));
                lines[i] = line.substring(0, colon + 1) + " " + line.substring(colon + 1);
                inserted.put(i, colon);
                changed = true;
            }
        }
        return new Repaired(changed ? String.join("\n", lines) : text, Map.copyOf(inserted));
    }
}
