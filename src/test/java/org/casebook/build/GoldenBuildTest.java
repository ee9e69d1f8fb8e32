package org.casebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.SiteTree;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-build golden tests: each folder under {@code src/test/resources/golden/} holds a knowledge
 * base ({@code kb/}) and the complete expected site ({@code expected/}), compared file by file.
 * After an intended change, rewrite the expected trees with {@code mvn test -Dcasebook.updateGolden=true}
 * and review the diff. The theme's static assets are not duplicated into the expected trees: they
 * are compared with {@code templates/assets/} as the build ships them (scripts and style sheets minified) instead.
 */
class GoldenBuildTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("casebook.updateGolden");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> goldenSites() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            List<Path> cases = dirs.filter(Files::isDirectory).sorted().toList();
            assertTrue(!cases.isEmpty(), "no golden cases found");
            return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
        }
    }

    private static List<String> generated(Path site) {
        return SiteTree.files(site).stream().filter(f -> !f.startsWith("assets/")).toList();
    }

    private void check(Path golden) throws IOException {
        Path out = tmp.resolve(golden.getFileName().toString());
        BuildResult r = Casebook.at(golden.resolve("kb")).output(out).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        Path expected = golden.resolve("expected");
        if (UPDATE) {
            if (Files.exists(expected)) {
                try (Stream<Path> s = Files.walk(expected)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (String f : generated(out)) {
                Path target = expected.resolve(f);
                Files.createDirectories(target.getParent());
                Files.copy(out.resolve(f), target);
            }
        }
        assertEquals(SiteTree.files(expected), generated(out), "the set of generated files");
        for (String f : SiteTree.files(out)) {
            if (f.startsWith("assets/")) {
                byte[] theme = org.casebook.render.page.AssetMinifier.ship(f, Files.readAllBytes(Path.of("templates").resolve(f)));
                assertEquals(java.util.Arrays.toString(theme),
                        java.util.Arrays.toString(Files.readAllBytes(out.resolve(f))), f + " is the theme's own file, as shipped");
                continue;
            }
            byte[] want = Files.readAllBytes(expected.resolve(f));
            byte[] got = Files.readAllBytes(out.resolve(f));
            if (!java.util.Arrays.equals(want, got)) {
                assertEquals(new String(want, java.nio.charset.StandardCharsets.UTF_8),
                        new String(got, java.nio.charset.StandardCharsets.UTF_8), f);
            }
        }
    }
}
