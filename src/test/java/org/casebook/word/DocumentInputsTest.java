package org.casebook.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.audience.Visibility;
import org.casebook.cache.Fingerprint;
import org.casebook.config.Presentation;
import org.casebook.kb.Case;
import org.casebook.render.markdown.Attachment;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input a Word document is made from changes its digest; nothing else does. */
class DocumentInputsTest {

    @TempDir
    Path tmp;

    private static final LocalDate DAY = LocalDate.of(2025, 3, 27);

    private static Case aCase(String title, String unit, String termName) {
        Term park = new Term(TaxonomyKind.place(), termName, "yangpu", List.of(), "");
        return new Case("a", "cases/a.md", title, Map.of(TaxonomyKind.place(), List.of(park)), Optional.of(DAY), "摘要",
                unit, List.of("关键词"), false, Map.of(), "", 5, Visibility.PUBLIC, List.of());
    }

    /** A case's body fingerprint as the renderer gives it ({@code SiteRenderer.bodyPrint}). */
    private static Function<Case, String> body(String html) {
        return c -> Fingerprint.hex(html);
    }

    private DocumentInputs inputs(String code, Map<String, String> strings, Presentation p,
            Map<String, Attachment> files, Function<Case, String> bodyPrints) {
        return new DocumentInputs(code, "经验库", strings, p, files, bodyPrints);
    }

    @Test
    void eachInputChangesTheDigestAndTheSameInputsGiveTheSameOne() throws Exception {
        Path picture = Files.writeString(tmp.resolve("p.png"), "picture one");
        Map<String, Attachment> files = Map.of("files/p.png", new Attachment(picture, "files/p.png"));
        Presentation p = Presentation.defaults("zh-CN");
        Map<String, String> strings = Map.of("case_summary", "摘要");
        Case c = aCase("标题", "单位", "洋浦经济开发区");
        long[] base = inputs("v1", strings, p, files, body("<p>正文</p>")).single(c, DAY).get();
        assertArrayEquals(base, inputs("v1", Map.copyOf(strings), p, files, body("<p>正文</p>")).single(
                aCase("标题", "单位", "洋浦经济开发区"), DAY).get(), "the same inputs");
        List<long[]> others = List.of(
                inputs("v2", strings, p, files, body("<p>正文</p>")).single(c, DAY).get(),
                inputs("v1", Map.of("case_summary", "概要"), p, files, body("<p>正文</p>")).single(c, DAY).get(),
                inputs("v1", strings, Presentation.defaults("en"), files, body("<p>正文</p>")).single(c, DAY).get(),
                inputs("v1", strings, p, files, body("<p>正文</p>")).single(c, DAY.plusDays(1)).get(),
                inputs("v1", strings, p, Map.of(), body("<p>正文</p>")).single(c, DAY).get(),
                inputs("v1", strings, p, files, body("<p>正文，改了</p>")).single(c, DAY).get(),
                inputs("v1", strings, p, files, body("<p>正文</p>")).single(aCase("新标题", "单位", "洋浦经济开发区"), DAY).get(),
                inputs("v1", strings, p, files, body("<p>正文</p>")).single(aCase("标题", "新单位", "洋浦经济开发区"), DAY).get(),
                inputs("v1", strings, p, files, body("<p>正文</p>")).single(aCase("标题", "单位", "洋浦开发区"), DAY).get());
        for (long[] other : others) {
            assertFalse(java.util.Arrays.equals(base, other), "an input changed, the digest did not");
        }
        Files.writeString(picture, "picture two");
        assertFalse(java.util.Arrays.equals(base, inputs("v1", strings, p, files, body("<p>正文</p>")).single(c, DAY).get()),
                "a linked picture's content changed");
    }

    @Test
    void aVolumeDependsOnItsCoverNumberAndCases() {
        DocumentInputs in = inputs("v1", Map.of(), Presentation.defaults("zh-CN"), Map.of(), body("<p>x</p>"));
        Case a = aCase("甲", "单位", "洋浦经济开发区");
        WordBook.Cover cover = new WordBook.Cover("汇编", "单位", DAY, 1, "");
        long[] base = in.volume(cover, 1, List.of(a)).get();
        assertArrayEquals(base, in.volume(new WordBook.Cover("汇编", "单位", DAY, 1, ""), 1, List.of(a)).get());
        assertFalse(java.util.Arrays.equals(base, in.volume(new WordBook.Cover("汇编", "单位", DAY, 2, ""), 1, List.of(a)).get()));
        assertFalse(java.util.Arrays.equals(base, in.volume(cover, 2, List.of(a)).get()));
        assertFalse(java.util.Arrays.equals(base, in.volume(cover, 1, List.of()).get()));
        assertFalse(java.util.Arrays.equals(base, in.single(a, DAY).get()), "a volume and a single document never share a digest");
    }
}
