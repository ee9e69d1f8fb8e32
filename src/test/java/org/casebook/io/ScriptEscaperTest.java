package org.casebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Text placed in a script element or a .js file cannot end the element, the string, or the line. */
class ScriptEscaperTest {

    @Test
    void escapesTheFiveCharacters() {
        assertEquals("\"\\u003c/script\\u003e\\u0026\\u2028\\u2029\"", ScriptEscaper.stringLiteral("</script>&\u2028\u2029"));
        assertEquals("{\"t\":\"\\u003c/script\\u003e\"}", ScriptEscaper.escape("{\"t\":\"</script>\"}"));
        assertEquals("\"a\\\"b\\\\c\\nd\"", ScriptEscaper.stringLiteral("a\"b\\c\nd"));
    }

    @Test
    void leavesOtherTextAlone() {
        String plain = "{\"title\":\"洋浦经济开发区\"}";
        assertEquals(plain, ScriptEscaper.escape(plain));
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.of("</script>", "<!--", "<script>", "]]>", "\u2028", "\u2029", "&amp;", "\"", "\\", "\ud800",
                        "</SCRIPT >", "-->").list().ofMaxSize(8).map(l -> String.join("", l)));
    }

    @Property(tries = 300)
    void literalsHoldNothingThatEndsAScript(@ForAll("hostileText") String s) {
        String lit = ScriptEscaper.stringLiteral(s);
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029', '\n', '\r'}) {
            assertFalse(lit.indexOf(c) >= 0, "raw " + (int) c + " in " + lit);
        }
        assertEquals(s, unquote(lit), "the literal means the original text");
    }

    @Property(tries = 300)
    void escapingJsonKeepsItsValue(@ForAll("hostileText") String s) {
        String json = "{\"k\":" + ScriptEscaper.stringLiteral(s) + "}";
        String escaped = ScriptEscaper.escape(json);
        assertEquals(json, escaped, "stringLiteral already escaped everything");
        String naive = "{\"k\":\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        String fixed = ScriptEscaper.escape(naive);
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertFalse(fixed.indexOf(c) >= 0);
        }
    }

    /** A JSON string literal's value, read back independently of the escaper. */
    static String unquote(String lit) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < lit.length() - 1; i++) {
            char c = lit.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = lit.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(lit.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
