package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @Test
    void mapsFoldersToTheirIndexPage() {
        assertEquals(Optional.of("index.html"), RequestPaths.toSitePath("/"));
        assertEquals(Optional.of("cases/a/index.html"), RequestPaths.toSitePath("/cases/a/"));
        assertEquals(Optional.of("assets/style.css"), RequestPaths.toSitePath("/assets/style.css"));
    }

    @Test
    void decodesPercentEncodedNames() {
        assertEquals(Optional.of("files/yangpu/图 1.png"),
                RequestPaths.toSitePath("/files/yangpu/%E5%9B%BE%201.png"));
    }

    @Test
    void refusesParentSegments() {
        assertRefused("/../etc/passwd");
        assertRefused("/cases/../../etc/passwd");
        assertRefused("/cases/..");
        assertRefused("/./index.html");
    }

    @Test
    void refusesEncodedDots() {
        assertRefused("/%2e%2e/etc/passwd");
        assertRefused("/%2E%2E/etc/passwd");
        assertRefused("/cases/%2e%2e/%2e%2e/etc/passwd");
        assertRefused("/.%2e/x");
    }

    @Test
    void refusesDoubleEncodedDots() {
        assertRefused("/%252e%252e/etc/passwd");
    }

    @Test
    void refusesBackslashes() {
        assertRefused("/..\\..\\windows\\win.ini");
        assertRefused("/cases\\a");
        assertRefused("/%5c..%5cwin.ini");
        assertRefused("/%5C..%5Cwin.ini");
    }

    @Test
    void refusesAbsoluteAndDrivePaths() {
        assertRefused("//etc/passwd");
        assertRefused("/C:/Windows/win.ini");
        assertRefused("/c:%5cwindows");
        assertRefused("etc/passwd");
        assertRefused("/cases//a");
        assertRefused("/%2fetc/passwd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a%00.html", "/a%0a.html", "/a%zz"})
    void refusesControlsAndBrokenEncoding(String raw) {
        assertRefused(raw);
    }

    @Test
    void refusesNull() {
        assertTrue(RequestPaths.toSitePath(null).isEmpty());
    }

    private static void assertRefused(String raw) {
        assertEquals(Optional.empty(), RequestPaths.toSitePath(raw), raw);
    }
}
