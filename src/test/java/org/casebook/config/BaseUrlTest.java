package org.casebook.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** base_url reaches links, feeds and QR codes: only a plain http(s) address with a host is accepted. */
class BaseUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://kb.example.gov.cn/cases/", "http://10.0.0.5:8080/kb/", "HTTPS://KB.EXAMPLE.ORG/"})
    void webAddressesAreAccepted(String url) {
        assertTrue(ConfigLoader.isWebAddress(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "java\tscript://x/", " javascript://x/", "data:text/html,x",
            "https:///path-only/", "https://", "//kb.example.org/", "kb.example.org", "https://kb.example.org/\"onmouseover=x",
            "https://kb.example.org/<script>", "https://kb.exa mple.org/", "https://kb.example.org/\u200b",
            "file:///etc/passwd", "https:\\\\kb.example.org\\"})
    void anythingElseIsRefused(String url) {
        assertFalse(ConfigLoader.isWebAddress(url), url);
    }
}
