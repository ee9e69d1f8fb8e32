package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.casebook.diag.Messages;
import org.junit.jupiter.api.Test;

/** The console decisions of a Chinese Windows desktop, a Unix terminal and a redirected run, from injected environments. */
class ConsoleSettingsTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String WINDOWS = "Windows 10";

    @Test
    void aChineseCmdWindowGetsItsCodePageAndNoAnsi() {
        ConsoleSettings s = ConsoleSettings.decide(Map.of(), WINDOWS, Optional.of(GBK));
        assertEquals(GBK, s.charset());
        assertFalse(s.ansi(), "the classic console shows ESC[K as ←[K");
        // what 错误 becomes on the wire: the two GBK bytes each, not six UTF-8 bytes shown as mojibake
        assertEquals(4, "错误".getBytes(s.charset()).length);
    }

    @Test
    void windowsTerminalConEmuAndMinttyInterpretAnsi() {
        assertTrue(ConsoleSettings.decide(Map.of("WT_SESSION", "b2c3"), WINDOWS, Optional.of(GBK)).ansi());
        assertTrue(ConsoleSettings.decide(Map.of("ConEmuANSI", "ON"), WINDOWS, Optional.of(GBK)).ansi());
        assertFalse(ConsoleSettings.decide(Map.of("ConEmuANSI", "OFF"), WINDOWS, Optional.of(GBK)).ansi());
        assertTrue(ConsoleSettings.decide(Map.of("TERM", "xterm-256color"), WINDOWS, Optional.of(GBK)).ansi());
    }

    @Test
    void redirectedOutputIsUtf8WithoutAnsiEverywhere() {
        for (String os : new String[] {WINDOWS, "Linux", "Mac OS X"}) {
            ConsoleSettings s = ConsoleSettings.decide(Map.of("TERM", "xterm", "WT_SESSION", "x"), os, Optional.empty());
            assertEquals(StandardCharsets.UTF_8, s.charset(), os);
            assertFalse(s.ansi(), os);
        }
    }

    @Test
    void noColorAndDumbTerminalsGetNoAnsi() {
        assertFalse(ConsoleSettings.decide(Map.of("TERM", "xterm", "NO_COLOR", "1"), "Linux",
                Optional.of(StandardCharsets.UTF_8)).ansi());
        assertFalse(ConsoleSettings.decide(Map.of("WT_SESSION", "x", "NO_COLOR", "1"), WINDOWS, Optional.of(GBK)).ansi());
        assertFalse(ConsoleSettings.decide(Map.of("TERM", "dumb"), "Linux", Optional.of(StandardCharsets.UTF_8)).ansi());
        // an empty NO_COLOR does not count (as the convention says)
        assertTrue(ConsoleSettings.decide(Map.of("TERM", "xterm", "NO_COLOR", ""), "Linux",
                Optional.of(StandardCharsets.UTF_8)).ansi());
    }

    @Test
    void aUnixTerminalKeepsItsCharsetButAnAsciiLocaleMeansUtf8() {
        ConsoleSettings s = ConsoleSettings.decide(Map.of("TERM", "xterm"), "Linux", Optional.of(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertTrue(s.ansi());
        assertEquals(StandardCharsets.UTF_8,
                ConsoleSettings.decide(Map.of("TERM", "xterm"), "Linux", Optional.of(StandardCharsets.US_ASCII)).charset());
        assertEquals(GBK, ConsoleSettings.decide(Map.of(), "Linux", Optional.of(GBK)).charset());
        assertFalse(ConsoleSettings.decide(Map.of(), "Linux", Optional.of(StandardCharsets.UTF_8)).ansi(), "no TERM");
    }

    @Test
    void withoutAnsiTheProgressLineIsRedrawnWithBlanksAndErasedWithoutEscapes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, GBK);
        TerminalProgress p = new TerminalProgress(Messages.forLanguage("zh-CN"), out, false);
        p.stage("markdown", 10);
        p.draw();
        p.finished();
        String printed = bytes.toString(GBK);
        assertFalse(printed.contains("\033"), printed);
        assertTrue(printed.startsWith("\rmarkdown"), printed);
        int width = TerminalProgress.width(printed.substring(1, printed.indexOf('\r', 1)));
        assertTrue(printed.endsWith("\r" + " ".repeat(width) + "\r"), "the line is blanked over its full width: " + printed);
    }

    @Test
    void withAnsiTheLineIsErasedWithEscK() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress p = new TerminalProgress(Messages.forLanguage("zh-CN"), new PrintStream(bytes, true,
                StandardCharsets.UTF_8), true);
        p.stage("pages", 3);
        p.draw();
        p.finished();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r\033[K"));
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        assertEquals(4, TerminalProgress.width("错误"));
        assertEquals(8, TerminalProgress.width("页面 1/3"));
    }
}
