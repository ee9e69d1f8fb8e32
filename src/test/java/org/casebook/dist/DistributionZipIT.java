package org.casebook.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** What an intranet team unzips: the jar, both launchers, the licences, the docs, the default theme and the sample. */
class DistributionZipIT {

    private static final Path ZIP = Path.of(System.getProperty("casebook.dist", "target/casebook-dist.zip"));
    private static final String ROOT = "casebook-" + System.getProperty("casebook.version", "") + "/";

    private static List<String> entries() throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            List<String> names = new ArrayList<>(zip.stream().map(ZipEntry::getName).toList());
            Collections.sort(names);
            return names;
        }
    }

    private static String text(String name) throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            ZipEntry e = zip.getEntry(ROOT + name);
            assertTrue(e != null, name + " is in the zip");
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void carriesEverythingTheReadmePromises() throws IOException {
        List<String> names = entries();
        for (String expected : List.of("casebook.jar", "casebook", "casebook.cmd", "README.md", "LICENSE", "NOTICE",
                "THIRD-PARTY.txt", "licenses/BSD-2-Clause.txt", "licenses/MIT.txt", "sample/casebook.yml",
                "theme/layout.ftlh", "theme/case.ftlh", "theme/assets/style.css", "theme/i18n/ui_zh-CN.properties",
                "docs/security.md", "docs/container.md", "docs/ci/.gitlab-ci.yml", "docs/ci/github-actions.yml")) {
            assertTrue(names.contains(ROOT + expected), expected + " missing from " + ZIP + ": " + names);
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith(ROOT + "sample/cases/") && n.endsWith(".md")), names.toString());
        assertTrue(names.stream().allMatch(n -> n.startsWith(ROOT)), "one top folder");
    }

    @Test
    void everyDocTheReadmeLinksIsInside() throws IOException {
        List<String> names = entries();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\]\\((docs/[^)#]+)").matcher(text("README.md"));
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(names.contains(ROOT + m.group(1)), "README links " + m.group(1));
        }
        assertTrue(links >= 5, "the README links its docs");
    }

    @Test
    void theThemeIsTheOneInTheJar() throws IOException {
        List<String> names = entries();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = Path.of("templates").relativize(f).toString().replace('\\', '/');
                assertTrue(names.contains(ROOT + "theme/" + rel), "theme/" + rel);
                assertEquals(Files.readString(f), text("theme/" + rel), rel);
            }
        }
    }

    @Test
    void licencesAreGeneratedFromTheDependenciesAndCoverEachOne() throws IOException {
        String thirdParty = text("THIRD-PARTY.txt");
        assertTrue(thirdParty.contains("(MIT) jsoup Java HTML Parser (org.jsoup:jsoup:"), thirdParty);
        assertTrue(thirdParty.contains("(BSD-2-Clause) flexmark-java core (com.vladsch.flexmark:flexmark:"), thirdParty);
        assertTrue(!thirdParty.contains("junit") && !thirdParty.contains("selenium"), "test libraries are not shipped");
        // every licence named has its text in the zip
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s+\\(([^)]+)\\)", java.util.regex.Pattern.MULTILINE)
                .matcher(thirdParty);
        Set<String> named = new java.util.TreeSet<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertEquals(Set.of("Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "MIT"), named);
        assertTrue(thirdParty.contains("(BSD-3-Clause) curvesapi (com.github.virtuald:curvesapi:"), thirdParty);
        assertTrue(text("licenses/curvesapi-BSD-3-Clause.txt").contains("BSD 3-Clause"));
        assertTrue(text("LICENSE").contains("Apache License") && text("LICENSE").contains("Version 2.0"));
        assertTrue(text("licenses/BSD-2-Clause.txt").contains("Vladimir Schneider"));
        assertTrue(text("licenses/MIT.txt").contains("Jonathan Hedley"));
    }

    @Test
    void theJarCarriesTheNoticesAndItsModuleName() throws IOException {
        Path jar = ZIP.resolveSibling("casebook.jar");
        try (JarFile j = new JarFile(jar.toFile())) {
            for (String name : List.of("META-INF/LICENSE", "META-INF/NOTICE", "THIRD-PARTY.txt",
                    "META-INF/licenses/BSD-2-Clause.txt", "META-INF/licenses/MIT.txt")) {
                assertTrue(j.getEntry(name) != null, name + " in " + jar);
            }
            assertEquals("org.casebook", j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
        String version = System.getProperty("casebook.version");
        for (String attached : List.of("casebook-" + version + "-sources.jar", "casebook-" + version + "-javadoc.jar")) {
            assertTrue(Files.isRegularFile(ZIP.resolveSibling(attached)), attached);
        }
    }

    @Test
    void theLauncherReadsChineseFolderNamesWhereNoLocaleIsSet(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Path home = temp.resolve("dist");
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                Path to = home.resolve(e.getName()).normalize();
                if (e.isDirectory() || !to.startsWith(home)) {
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, to);
                }
            }
        }
        Path kb = Files.createDirectories(temp.resolve("园区 经验库"));
        Files.writeString(kb.resolve("casebook.yml"), "title: 测试\nlanguage: zh-CN\ntaxonomies:\n  park:\n"
                + "    - name: 洋浦经济开发区\n      slug: yangpu\n  theme:\n    - name: 组织建设\n      slug: org\n"
                + "  method:\n    - name: 经验介绍\n      slug: exp\n");
        Path folder = Files.createDirectories(kb.resolve("cases/洋浦"));
        Files.writeString(folder.resolve("chain.md"), "---\ntitle: 产业链党建\npark: 洋浦经济开发区\ntheme: 组织建设\n"
                + "method: 经验介绍\ndate: 2024-03-15\n---\n\n正文。\n");
        // as cron or a systemd unit starts it: no LANG, no LC_*
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve(ROOT + "casebook").toString(), "build", kb.toString())
                .redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        assertTrue(Files.isRegularFile(kb.resolve("site/cases/chain/index.html")), said);
    }

    @Test
    void theLauncherNamesAJavaTooOldInsteadOfLettingItFail(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path home = temp.resolve("dist");
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            ZipEntry launcher = zip.getEntry(ROOT + "casebook");
            Files.createDirectories(home);
            try (InputStream in = zip.getInputStream(launcher)) {
                Files.copy(in, home.resolve("casebook"));
            }
        }
        Files.writeString(home.resolve("casebook.jar"), "never run");
        // a Java 8 installation as the release file of every JDK and JRE describes it
        Path jdk8 = Files.createDirectories(temp.resolve("jre1.8.0_381/bin"));
        Files.writeString(jdk8.resolve("java"), "#!/bin/sh\necho ran >&2\nexit 9\n");
        jdk8.resolve("java").toFile().setExecutable(true);
        Files.writeString(jdk8.getParent().resolve("release"), "IMPLEMENTOR=\"Oracle\"\nJAVA_VERSION=\"1.8.0_381\"\n");
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("casebook").toString(), "--version").redirectErrorStream(true);
        pb.environment().put("PATH", jdk8 + ":/usr/bin:/bin");
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), said);
        assertTrue(said.contains("Java 17 or newer is needed; the java on PATH is Java 1.8.0_381"), said);
        assertTrue(!said.contains("ran"), "the old Java is not started: " + said);

        // JAVA_HOME, when it holds a java, is the one chosen (as casebook.cmd and Maven choose), even
        // with a newer one first on PATH
        ProcessBuilder byHome = new ProcessBuilder("bash", home.resolve("casebook").toString(), "--version")
                .redirectErrorStream(true);
        byHome.environment().put("PATH", "/usr/bin:/bin");
        byHome.environment().put("JAVA_HOME", jdk8.getParent().toString());
        Process q = byHome.start();
        String saidByHome = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, q.waitFor(), saidByHome);
        assertTrue(saidByHome.contains("Java 17 or newer is needed; JAVA_HOME's java is Java 1.8.0_381"), saidByHome);
    }
}
