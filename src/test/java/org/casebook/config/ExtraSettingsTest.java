package org.casebook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extra:} in casebook.yml: read in order, typed, and a key a template cannot name is an error at its line. */
class ExtraSettingsTest {

    @TempDir
    Path dir;

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("zh-CN"));

    private TestKb kb(String extra) {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\n" + extra));
        return kb;
    }

    @Test
    void textListsAndMapsReachTheConfigInOrder() {
        SiteConfig c = ConfigLoader.load(kb("""
                extra:
                  organizer: 海南省委自贸港工委
                  icp: 琼ICP备00000000号
                  links: [甲, 乙]
                  contact:
                    phone: "0898-00000000"
                """).dir(), diags).orElseThrow();
        assertEquals(List.of(), diags.sorted());
        assertEquals(List.of("organizer", "icp", "links", "contact"), List.copyOf(c.extra().keySet()));
        assertEquals("琼ICP备00000000号", c.extra().get("icp"));
        assertEquals(List.of("甲", "乙"), c.extra().get("links"));
        assertEquals(Map.of("phone", "0898-00000000"), c.extra().get("contact"));
    }

    @Test
    void absentOrEmptyIsAnEmptyMap() {
        assertEquals(Map.of(), ConfigLoader.load(TestKb.create(dir).dir(), diags).orElseThrow().extra());
        assertEquals(Map.of(), ConfigLoader.load(kb("extra:").dir(), diags).orElseThrow().extra());
        assertEquals(List.of(), diags.sorted());
    }

    @Test
    void aKeyATemplateCannotNameIsAnErrorAtItsLine() {
        assertTrue(ConfigLoader.load(kb("extra:\n  icp-number: 琼ICP备1号").dir(), diags).isEmpty());
        Diagnostic d = diags.sorted().get(0);
        assertEquals("config.extra-key", d.code());
        assertEquals(5, d.pos().line());
        assertEquals(3, d.pos().column());
        assertEquals("extra 中的键 “icp-number” 不能在模板中直接使用", d.message());
        assertTrue(d.hint().contains("${site.extra.icp_number}"), d.hint());
    }

    @Test
    void extraMustBeAMapping() {
        assertTrue(ConfigLoader.load(kb("extra: 琼ICP备1号").dir(), diags).isEmpty());
        Diagnostic d = diags.sorted().get(0);
        assertEquals("config.expected-mapping", d.code());
        assertEquals(4, d.pos().line());
    }

    @Test
    void aTypoOfExtraGetsTheDidYouMean() {
        assertTrue(ConfigLoader.load(kb("extras:\n  icp: x").dir(), diags).isEmpty());
        assertEquals("是否指 “extra”？", diags.sorted().get(0).hint());
    }
}
