package org.casebook.render.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The build's minifiers drop comments and whitespace and nothing else. The browser tests (the
 * tokenizer vectors, search quality, the pages' scripts) run the shipped, minified files.
 */
class AssetMinifierTest {

    private static String js(String src) {
        return JsMinifier.minify(src).orElseThrow();
    }

    @Test
    void stringsTemplatesAndRegularExpressionsAreCopiedUntouched() {
        assertEquals("var s='// not a comment /* nor this */',d=\"a  b\";\n",
                js("var s = '// not a comment /* nor this */',  d = \"a  b\"; // a comment\n"));
        assertEquals("var r=/\\/* x [/ ]*/g,q=/[ ]\\//;\n", js("var r = /\\/* x [/ ]*/g, q = /[ ]\\//;\n"));
        assertEquals("var t=`a  ${{b:1}.b}  //${'}'}  c`;\n", js("var t = `a  ${ {b: 1}.b }  //${'}'}  c`;\n"));
        assertEquals("var t=`${`in  ${x}`}  `;\n", js("var t = `${`in  ${x}`}  `;\n"));
    }

    @Test
    void slashesReadAsTheParserReadsThem() {
        // after a condition's parenthesis a regular expression, after any other a division
        assertEquals("if(a)/ x/.test(s);y=(a)/2/c;\n", js("if (a) / x/.test(s);\ny = (a) / 2 / c;\n"));
        assertEquals("return/ +/.test(s);\n", js("return / +/.test(s);\n"));
        assertEquals("x=a[1]/2;\n", js("x = a[1] / 2;\n"));
        // a keyword as a property name is a name: a division follows it, and a call of it is no condition
        assertEquals("x=a.return/2/b;y=o?.in/2;\n", js("x = a.return / 2 / b;\ny = o?.in / 2;\n"));
        assertEquals("a.if(b)/2/c;\n", js("a.if(b) / 2 / c;\n"));
        assertEquals(Optional.empty(), JsMinifier.minify("x = {}\n/ a/g.exec(s);\n"), "a block or an object: unknown, left alone");
    }

    @Test
    void tokensThatWouldRunTogetherKeepASpace() {
        assertEquals("a=b+ +c-(-d)- -e;f=1 .toString();g=x/ /re/.source;\n",
                js("a = b + +c - (-d) - -e;\nf = 1 .toString();\ng = x / /re/.source;\n"));
        assertEquals("var x=typeof y,z=/a/g in o;\n", js("var x = typeof y, z = /a/g in o;\n"));
        assertEquals("n=1e-5+0x1e-5;\n", js("n = 1e-5 + 0x1e-5;\n"));
    }

    @Test
    void lineBreaksThatEndAStatementStay() {
        assertEquals("a=b\nc=d\n", js("a = b\nc = d\n"));
        assertEquals("function f(){return\nx}\n", js("function f() {\n  return\n  x\n}\n"));
        assertEquals("i++\nj--\nk\n", js("i++\n/* note\n */ j--\nk\n"));
        assertEquals("foo()\n(bar)\n", js("foo()\n(bar)\n"));
        // but not where the next token continues the statement, or the one before cannot end it
        assertEquals("var a=1,b=[2,3].map(f).join('');\n", js("var a = 1,\n  b = [\n    2,\n    3\n  ]\n  .map(f)\n  .join('');\n"));
        assertEquals("x=a&&b;y=c&&d;\n", js("x = a &&\n  b;\ny = c\n  && d;\n"));
    }

    @Test
    void whatDoesNotScanIsLeftAlone() {
        assertEquals(Optional.empty(), JsMinifier.minify("var s = 'open;\n"));
        assertEquals(Optional.empty(), JsMinifier.minify("/* open"));
        assertEquals(Optional.empty(), JsMinifier.minify("var t = `open ${x"));
        assertEquals(Optional.empty(), CssMinifier.minify("a { content: \"open; }\n"));
        byte[] notUtf8 = {'v', 'a', 'r', ' ', (byte) 0xff, ';'};
        assertArrayEquals(notUtf8, AssetMinifier.ship("assets/search.js", notUtf8));
        byte[] svg = "<svg>  </svg>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(svg, AssetMinifier.ship("assets/favicon.svg", svg));
    }

    @Test
    void styleSheetsLoseOnlyWhatNoSelectorOrValueNeeds() {
        assertEquals("a>b,c :hover{color:red!important;width:calc(1px + 2em - 3%)}\n",
                CssMinifier.minify("/* theme */\na > b,\nc :hover {\n  color: red !important;\n  width: calc(1px + 2em - 3%);\n}\n")
                        .orElseThrow());
        assertEquals("@media (min-width:48rem) and (max-width:80rem){.x{background:url(a b.svg);content:\"a  /* b */\"}}\n",
                CssMinifier.minify("@media (min-width: 48rem) and (max-width: 80rem) {\n  .x { background: url(a b.svg);"
                        + " content: \"a  /* b */\"; }\n}\n").orElseThrow());
        assertEquals("a b{}\n", CssMinifier.minify("a/* x */ b {}").orElseThrow());
        assertEquals(".a\\ {color:red}\n", CssMinifier.minify(".a\\ { color: red }").orElseThrow());
    }

    @Test
    void aKnowledgeBasesOwnScriptsAndStylesShipAsWritten() {
        byte[] library = "/*! chart.js | MIT licence */\nvar  x = 1;\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(library, AssetMinifier.ship("assets/chart.js", library));
        byte[] style = "/* ours */\na { color: red }\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(style, AssetMinifier.ship("assets/park.css", style));
        assertEquals("a{color:red}\n", new String(AssetMinifier.ship("assets/style.css", style), StandardCharsets.UTF_8));
    }

    /** Every script and style sheet of the default theme minifies, smaller, to a fixed point. */
    @Test
    void theDefaultThemeMinifiesToAFixedPoint() throws IOException {
        for (String asset : Theme.DEFAULT_ASSETS) {
            byte[] source = Files.readAllBytes(Path.of("templates").resolve(asset));
            byte[] shipped = AssetMinifier.ship(asset, source);
            if (!asset.endsWith(".js") && !asset.endsWith(".css")) {
                assertArrayEquals(source, shipped, asset);
                continue;
            }
            assertTrue(shipped.length < source.length * 0.85, asset + ": " + shipped.length + " of " + source.length + " bytes");
            assertArrayEquals(shipped, AssetMinifier.ship(asset, shipped), asset + " minified again changes");
            String text = new String(shipped, StandardCharsets.UTF_8);
            // the theme's scripts hold no comment marker inside strings or regular expressions
            assertFalse(text.contains("/*") || text.contains("\n//"), asset + " keeps a comment");
        }
    }
}
