package org.casebook.io;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the data files (cases.json, feeds, matrices). Values are maps, lists,
 * strings, numbers, booleans; maps keep their own order, so the output is deterministic. Strings
 * escape {@code < > &} and U+2028/U+2029 too, so the same text is safe inside a {@code <script>}
 * file loaded JSONP-style and inside HTML.
 */
public final class Json {

    private Json() {
    }

    /** Indented, for files people open to read (feeds, matrices). */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(4096);
        write(value, sb, 0);
        sb.append('\n');
        return sb.toString();
    }

    /**
     * Without whitespace between tokens, for large files programs read: indentation made the case
     * list of a 10,000-case site twice as large.
     */
    public static String compact(Object value) {
        StringBuilder sb = new StringBuilder(4096);
        write(value, sb, COMPACT);
        sb.append('\n');
        return sb.toString();
    }

    private static final int COMPACT = -1;

    private static void write(Object v, StringBuilder sb, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(s, sb);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                newline(sb, indent, 1);
                string(String.valueOf(e.getKey()), sb);
                sb.append(indent == COMPACT ? ":" : ": ");
                write(e.getValue(), sb, deeper(indent));
            }
            newline(sb, indent, 0);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            boolean scalars = l.stream().allMatch(x -> !(x instanceof Map) && !(x instanceof List));
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(scalars && indent != COMPACT ? ", " : ",");
                }
                if (!scalars) {
                    newline(sb, indent, 1);
                }
                write(l.get(i), sb, deeper(indent));
            }
            if (!scalars) {
                newline(sb, indent, 0);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private static int deeper(int indent) {
        return indent == COMPACT ? COMPACT : indent + 1;
    }

    /** A line break and the indentation of {@code indent + more} levels; nothing when compact. */
    private static void newline(StringBuilder sb, int indent, int more) {
        if (indent != COMPACT) {
            sb.append('\n').append("  ".repeat(indent + more));
        }
    }

    /** Strings are written safe for a script element too: data files are also loaded as scripts. */
    static void string(String s, StringBuilder sb) {
        sb.append(ScriptEscaper.stringLiteral(s));
    }
}
