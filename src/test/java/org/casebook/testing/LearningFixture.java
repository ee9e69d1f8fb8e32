package org.casebook.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cases.CaseParser;
import org.casebook.cases.CaseStudy;
import org.casebook.cases.SourceReader;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.kb.KnowledgeBase;
import org.casebook.kb.KnowledgeBaseBuilder;

/**
 * The knowledge base made for the cross-case tests ({@code src/test/resources/learning-kb}): four parks,
 * four themes, seven published cases (one undated, one in two parks) and one draft. Its front matter
 * fixes the expected matrix, pairs and feeds; copy it into a temporary folder before building.
 */
public final class LearningFixture {

    public static final String BASE_URL = "https://kb.example.org/learn/";

    private LearningFixture() {
    }

    /** The fixture's source folder on the test class path. */
    public static Path source() {
        try {
            return Path.of(LearningFixture.class.getResource("/learning-kb/casebook.yml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the fixture into {@code dir}, with extra casebook.yml lines (e.g. base_url) put first. */
    public static Path copy(Path dir, String... extraConfig) {
        Path src = source();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            Path yml = dir.resolve("casebook.yml");
            String extra = extraConfig.length == 0 ? "" : String.join("\n", extraConfig) + "\n";
            String config = Files.readString(yml, StandardCharsets.UTF_8);
            if (extra.contains("language:")) {
                config = config.replace("language: zh-CN\n", "");
            }
            Files.writeString(yml, extra + config, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a copied fixture into its site/ folder and checks the build succeeded. */
    public static BuildResult build(Path dir) {
        BuildResult r = Casebook.at(dir).build();
        assertTrue(r.ok(), () -> "fixture build failed: " + r.diagnostics());
        return r;
    }

    /** The fixture's knowledge base as the pipeline resolves it (published cases only). */
    public static KnowledgeBase knowledgeBase(Path dir) {
        Diagnostics diags = new Diagnostics(Messages.forLanguage("zh-CN"));
        Optional<SiteConfig> config = ConfigLoader.load(dir, diags);
        SourceReader reader = new SourceReader(dir, diags);
        CaseParser parser = new CaseParser(diags, org.casebook.testing.TestClock.TODAY);
        List<CaseStudy> studies = reader.list().stream().map(reader::read).flatMap(Optional::stream)
                .map(parser::parse).flatMap(Optional::stream).toList();
        KnowledgeBase kb = new KnowledgeBaseBuilder(config.orElseThrow(), diags, false).build(studies);
        assertTrue(!diags.hasErrors(), () -> "fixture has errors: " + diags.sorted());
        return kb;
    }
}
