package org.casebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.casebook.config.BuildClock;
import org.casebook.engine.Engine;
import org.casebook.engine.Progress;
import org.casebook.kb.Case;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build's model lets every case's Markdown source go once the bodies are rendered (at 100,000
 * cases the sources alone are a third of a 2 GiB heap); the preview's keeps them, since it renders
 * an edited case again from its source.
 */
class EngineSourcesTest {

    @TempDir
    Path dir;

    /** Runs an engine of the lifetime over two cases and checks its model before the engine closes. */
    private void run(Engine.Lifetime lifetime, java.util.function.Consumer<Engine.Model> check) {
        TestKb kb = TestKb.create(dir.resolve(lifetime.name()))
                .addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15")
                .addCase("points", "积分制度", "三亚CBD", "积分制度", "现场会", "2023-05-01");
        Engine.Settings settings = new Engine.Settings(kb.dir(), false, Optional.empty(),
                BuildClock.fixed(LocalDate.of(2025, 1, 1)), "test");
        try (Engine engine = new Engine(settings, lifetime, new Progress() { }, dir.resolve(lifetime + ".tmp"))) {
            Engine.Model model = engine.runAll();
            assertFalse(model.hasErrors(), model.problems().toString());
            check.accept(model);
        }
    }

    @Test
    void aBuildKeepsRenderedBodiesButNoSources() {
        run(Engine.Lifetime.ONCE, model -> {
            assertEquals(2, model.kb().orElseThrow().cases().size());
            for (Case c : model.kb().get().cases()) {
                assertEquals("", c.body(), c.slug() + " still holds its Markdown source");
                assertTrue(model.bodies().get(c.slug()).html().contains("的正文。</p>"), c.slug() + " has its rendered body");
            }
        });
    }

    @Test
    void thePreviewKeepsTheSourcesItRendersAgain() {
        run(Engine.Lifetime.KEPT, model -> {
            for (Case c : model.kb().orElseThrow().cases()) {
                assertTrue(c.body().contains("## 背景"), c.slug() + " lost its Markdown source in the preview");
            }
        });
    }
}
