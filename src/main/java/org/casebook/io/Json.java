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

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(4096);
        write(value, sb, 0);
        sb.append('\n');
        return sb.toString();
    }

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
                sb.append(first ? "\n" : ",\n");
                first = false;
                pad(sb, indent + 1);
                string(String.valueOf(e.getKey()), sb);
                sb.append(": ");
                write(e.getValue(), sb, indent + 1);
            }
            sb.append('\n');
            pad(sb, indent);
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
                    sb.append(scalars ? ", " : ",");
                }
                if (!scalars) {
                    sb.append('\n');
                    pad(sb, indent + 1);
                }
                write(l.get(i), sb, indent + 1);
            }
            if (!scalars) {
                sb.append('\n');
                pad(sb, indent);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private static void pad(StringBuilder sb, int indent) {
        sb.append("  ".repeat(indent));
    }

    /** Strings are written safe for a script element too: data files are also loaded as scripts. */
    static void string(String s, StringBuilder sb) {
        sb.append(ScriptEscaper.stringLiteral(s));
    }
}
