package org.casebook.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default theme's scripts are written in the syntax every browser parses, IE 11 and a browser's
 * "compatibility mode" included: the pages' scripts are progressive enhancement, and the search page's
 * script must run far enough in such a browser to say that it cannot search. A newer built-in is
 * feature-tested where it is used; newer syntax would stop the whole file before any test runs.
 */
class ThemeScriptSyntaxTest {

    private static final Path ASSETS = Path.of("templates", "assets");
    /** Punctuators of ES2015 and later. */
    private static final Set<String> NEWER_PUNCTUATORS = Set.of("=>", "...", "?.", "??", "??=", "**", "**=", "&&=", "||=");
    /** Words that are keywords only from ES2015 on (as property names, {@code s.async}, they are fine). */
    private static final Set<String> NEWER_KEYWORDS = Set.of("let", "const", "class", "async", "await", "yield", "import",
            "export", "static");

    /** Every script of the default theme, so one added later is held to the same syntax. */
    static List<String> scripts() throws IOException {
        try (var files = Files.list(ASSETS)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().toList();
            assertTrue(names.contains("search.js"), "the theme's scripts are in " + ASSETS + ": " + names);
            return names;
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyScriptOfTheDefaultThemeIsEs5Syntax(String script) throws IOException {
        assertEquals(List.of(), newerSyntax(Files.readString(ASSETS.resolve(script))), script);
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsEachKindOfNewerSyntax() {
        assertEquals(List.of("regular expression /[\\p{L}]/u", "template `a`", "=>", "let", "..."),
                newerSyntax("var r = /[\\p{L}]/u; var t = `a`; f(x => x); let y = [...z];"));
        assertEquals(List.of(), newerSyntax("var s = 'let x = `a` => /u'; s.async = true; var r = /a\\/u/gi; r = a / u / 2;"));
    }

    /** What in {@code src} an ES5 engine cannot parse, as found by the minifier's tokens. */
    private static List<String> newerSyntax(String src) {
        List<String> found = new ArrayList<>();
        for (JsMinifier.Token t : JsMinifier.tokens(src).orElseThrow()) {
            switch (t.kind()) {
                case TEMPLATE_END, TEMPLATE_OPEN -> found.add("template " + t.text());
                case REGEX -> {
                    // ES5 flags only (u, y and s are later; \p{…} needs u)
                    String flags = t.text().substring(t.text().lastIndexOf('/') + 1);
                    if (!flags.chars().allMatch(c -> "gim".indexOf(c) >= 0)) {
                        found.add("regular expression " + t.text());
                    }
                }
                case PUNCT -> {
                    if (NEWER_PUNCTUATORS.contains(t.text())) {
                        found.add(t.text());
                    }
                }
                case WORD -> {
                    if (!t.property() && NEWER_KEYWORDS.contains(t.text())) {
                        found.add(t.text());
                    }
                }
                default -> {
                }
            }
        }
        return found;
    }
}
