package org.casebook.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Adding a taxonomy means adding a {@link TaxonomyKind} constant (and its names in the bundles), not
 * editing code all over: no source file outside the definition names one kind on its own, whether as
 * a constant ({@code TaxonomyKind.PARK}), a field name literal ({@code "park"}, {@code 'theme'}), a
 * front matter line ({@code method: …}), an alternative in a pattern ({@code |park|}) or a position in
 * the list of taxonomies ({@code site.taxonomies[0]}).
 */
class OneTaxonomyDefinitionTest {

    /**
     * The definition itself, and the command-line options, whose names picocli needs at compile time
     * (a test in {@code cli} holds them to the definition's list).
     */
    private static final Set<String> ALLOWED = Set.of(
            "src/main/java/org/casebook/taxonomy/TaxonomyKind.java",
            "src/main/java/org/casebook/cli/TaxonomyOptions.java");

    @Test
    void noSourceOutsideTheDefinitionNamesAnIndividualKind() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("templates"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(OneTaxonomyDefinitionTest::isSource).sorted().toList()) {
                    String rel = f.toString().replace('\\', '/');
                    if (!ALLOWED.contains(rel)) {
                        found.addAll(namings(rel, Files.readString(f, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "derive these from TaxonomyKind instead:\n" + String.join("\n", found));
    }

    @Test
    void theScanFindsEachWayOfNamingAKind() {
        // the scan must be able to fail: each form it forbids, as the code once wrote it
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            String k = kind.key();
            for (String line : List.of("case " + kind.name() + " -> x;", "resolve(TaxonomyKind." + kind.name() + ", w)",
                    "Set.of(\"" + k + "\", \"keywords\")", "['a', '" + k + "'].forEach(f);", "var filters = { " + k + ": [] };",
                    k + ": {" + k + "}", "/(?:cases|" + k + "|print)/", "c.kind == \"" + k + "\"")) {
                assertEquals(1, namings("X.java", line).size(), line);
            }
        }
        assertEquals(1, namings("x.ftlh", "${site.taxonomies[2].terms?size}").size());
        assertEquals(List.of(), namings("X.java", "String s = kind.key() + \"/\" + slug; // a park's page"));
    }

    private static boolean isSource(Path f) {
        String name = f.getFileName().toString();
        // message bundles hold each kind's names by design: they are part of adding a kind
        return Files.isRegularFile(f) && (name.endsWith(".java") || name.endsWith(".js") || name.endsWith(".ftlh")
                || name.endsWith(".md"));
    }

    private static List<String> namings(String file, String text) {
        List<String> out = new ArrayList<>();
        // a kind by its position in the list (site.taxonomies[0] for the parks) names it as surely
        Matcher position = Pattern.compile("taxonomies\\[[0-9]").matcher(text);
        while (position.find()) {
            out.add(file + ":" + (text.substring(0, position.start()).split("\n", -1).length) + ": " + position.group());
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            String k = Pattern.quote(kind.key());
            Pattern p = Pattern.compile("(?m)TaxonomyKind\\." + kind.name() + "\\b|\\bcase " + kind.name() + "\\b"
                    + "|[\"']" + k + "s?[\"']" // a field name literal
                    + "|(?:^|[{,])[ \\t]*" + k + "[ \\t]*:" // a front matter line or object key
                    + "|\\|" + k + "\\|"); // an alternative in a pattern
            Matcher m = p.matcher(text);
            while (m.find()) {
                int line = text.substring(0, m.start()).split("\n", -1).length;
                out.add(file + ":" + line + ": " + m.group().strip());
            }
        }
        return out;
    }
}
