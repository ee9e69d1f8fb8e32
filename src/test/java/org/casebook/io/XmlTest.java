package org.casebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text for XML files (feeds, sitemap, SVG) never holds a character XML 1.0 forbids. */
class XmlTest {

    @Test
    void escapesMarkupAndDropsWhatXmlForbids() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Xml.escape("a <b> & \"c\" 'd'"));
        assertEquals("行\t一\n二", Xml.escape("行\t\u0001一\u000B\n二\uFFFE"));
        // a pair stays, a lone half of one goes
        assertEquals("𠀀x", Xml.escape("\uD840\uDC00x"));
        assertEquals("xy", Xml.escape("x\uD800y\uDC00"));
    }
}
