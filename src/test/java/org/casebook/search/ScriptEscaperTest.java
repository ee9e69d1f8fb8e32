package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ScriptEscaperTest {

    @Test
    void escapesWhatCouldEndAScriptOrAJavaScriptString() {
        assertEquals("\"\\u003c/script\\u003e\\u003c!--\"", ScriptEscaper.quote("</script><!--"));
        assertEquals("\"a\\u0026b\"", ScriptEscaper.quote("a&b"));
        assertEquals("\"\\u2028\\u2029\"", ScriptEscaper.quote("\u2028\u2029"));
    }

    @Test
    void escapesJsonSyntaxAndControlCharacters() {
        assertEquals("\"\\\"\\\\\\n\\r\\t\\u0001\"", ScriptEscaper.quote("\"\\\n\r\t\u0001"));
    }

    @Test
    void keepsChineseAndOrdinaryTextAsIs() {
        assertEquals("\"党建 CBD 2024：“三会一课”\"", ScriptEscaper.quote("党建 CBD 2024：“三会一课”"));
        assertEquals("\"𠀀\"", ScriptEscaper.quote("𠀀"));
    }

    @Test
    void outputNeverContainsARawAngleBracketOrAmpersand() {
        String nasty = "<script>alert(1)</script>&amp;\u2028]]>";
        String q = ScriptEscaper.quote(nasty);
        assertFalse(q.contains("<") || q.contains(">") || q.contains("&") || q.contains("\u2028"), q);
    }
}
