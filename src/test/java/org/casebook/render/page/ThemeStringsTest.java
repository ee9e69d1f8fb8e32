package org.casebook.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The default theme's UI strings (templates/i18n), as MessagesTest holds the diagnostics' bundles: a
 * key in one language only would show its bare key to the readers of the other.
 */
class ThemeStringsTest {

    private static Properties load(String language) throws Exception {
        Properties p = new Properties();
        try (var in = ThemeStringsTest.class.getResourceAsStream(Theme.CLASSPATH_ROOT + "i18n/ui_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Properties en = load("en");
        assertFalse(en.isEmpty());
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(load("zh-CN").stringPropertyNames()));
    }
}
