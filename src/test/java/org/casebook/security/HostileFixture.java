package org.casebook.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Severity;
import org.casebook.testing.TestKb;

/**
 * One knowledge base under {@code src/test/resources/hostile/<name>/} and its {@code expected.txt}:
 *
 * <pre>
 * build: ok | fails                       the outcome
 * error cases/a.md:4:3 yaml.duplicate-key a diagnostic that must be reported (line and column optional)
 * warning cases/a.md:8 html.removed-element
 * message cases/a.md:4 first at line 2    some diagnostic at that place has this text in its message
 * site-contains cases/a/index.html NO     a built page holds this text (checks what was kept)
 * site-lacks cases/a/index.html onerror   a built page does not hold this text
 * symlink cases/x.md -> ../outside/s.md   made at run time: git keeps links badly
 * copy cases/a.md cases/A.md              made at run time: such names cannot share a checkout on Windows
 * expand cases/big.md 400000 k: v\n       replaces @@EXPAND@@ in the file with the text repeated N times
 * </pre>
 *
 * Every error the build reports must be listed; listed warnings must be reported, others may be.
 * A fixture without {@code casebook.yml} gets the standard test vocabulary.
 */
record HostileFixture(String name, Path source, boolean buildOk, List<Expected> expected, List<String[]> setup,
        List<String[]> siteChecks) {

    /** An expected diagnostic; line and column 0 match any. */
    record Expected(Severity severity, String file, int line, int column, String code, String messagePart) {

        boolean matches(Diagnostic d) {
            boolean at = d.pos().file().equals(file) && (line == 0 || d.pos().line() == line)
                    && (column == 0 || d.pos().column() == column);
            if (messagePart != null) {
                return at && d.message().contains(messagePart);
            }
            return at && d.severity() == severity && d.code().equals(code);
        }

        @Override
        public String toString() {
            return (messagePart != null ? "message" : severity.name().toLowerCase()) + " " + file
                    + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "") + " "
                    + (messagePart != null ? messagePart : code);
        }
    }

    private static final Pattern POS = Pattern.compile("([^\\s:]+)(?::(\\d+))?(?::(\\d+))?");

    static HostileFixture load(Path dir) {
        Path spec = dir.resolve("expected.txt");
        Boolean ok = null;
        List<Expected> expected = new ArrayList<>();
        List<String[]> setup = new ArrayList<>();
        List<String[]> siteChecks = new ArrayList<>();
        try {
            for (String raw : Files.readAllLines(spec, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\\s+", 3);
                switch (words[0]) {
                    case "build:" -> ok = words[1].equals("ok");
                    case "error", "warning", "message" -> {
                        Matcher m = POS.matcher(words[1]);
                        if (!m.matches()) {
                            throw new IllegalArgumentException(spec + ": bad position " + words[1]);
                        }
                        int l = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                        int c = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                        boolean msg = words[0].equals("message");
                        expected.add(new Expected(words[0].equals("warning") ? Severity.WARNING : Severity.ERROR,
                                m.group(1), l, c, msg ? null : words[2], msg ? words[2] : null));
                    }
                    case "site-contains", "site-lacks" -> siteChecks.add(words);
                    case "symlink", "copy", "expand" -> setup.add(line.split("\\s+", 4));
                    default -> throw new IllegalArgumentException(spec + ": unknown line " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ok == null) {
            throw new IllegalArgumentException(spec + " has no build: line");
        }
        return new HostileFixture(dir.getFileName().toString(), dir, ok, List.copyOf(expected), setup, siteChecks);
    }

    /** Copies the fixture into {@code kb} and applies its run-time setup. */
    void install(Path kb) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(kb.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = source.relativize(file);
                if (!rel.toString().equals("expected.txt")) {
                    Files.copy(file, kb.resolve(rel.toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!Files.exists(kb.resolve("casebook.yml"))) {
            Files.writeString(kb.resolve("casebook.yml"), TestKb.CONFIG, StandardCharsets.UTF_8);
        }
        for (String[] s : setup) {
            switch (s[0]) {
                case "symlink" -> {
                    Path link = kb.resolve(s[1]);
                    Files.createDirectories(link.getParent());
                    if (Files.isDirectory(link)) {
                        deleteTree(link); // the fixture may ship a real folder of that name to be replaced
                    }
                    Files.createSymbolicLink(link, Path.of(s[3]));
                }
                case "copy" -> Files.copy(kb.resolve(s[1]), kb.resolve(s[2]));
                case "expand" -> {
                    Path f = kb.resolve(s[1]);
                    String unit = s[3].replace("\\n", "\n");
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    Files.writeString(f, text.replace("@@EXPAND@@", unit.repeat(Integer.parseInt(s[2]))),
                            StandardCharsets.UTF_8);
                }
                default -> throw new IllegalStateException(s[0]);
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    /** Every fixture folder, by name. */
    static List<HostileFixture> all() {
        try {
            Path root = Path.of(HostileFixture.class.getResource("/hostile").toURI());
            try (var dirs = Files.list(root)) {
                return dirs.filter(Files::isDirectory).sorted().map(HostileFixture::load).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
