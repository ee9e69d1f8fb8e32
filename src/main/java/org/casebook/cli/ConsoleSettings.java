package org.casebook.cli;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the command line writes to where its output goes: the charset, and whether ANSI control
 * sequences (erase line) may be sent. Decided once from the environment, which is passed in so that
 * every choice is testable on any machine.
 *
 * <ul>
 *   <li><b>Charset</b>: a console's own ({@link Console#charset()}: GBK under code page 936), so that
 *   错误 is not mojibake in a Chinese cmd window; UTF-8 when the output is redirected to a file or a
 *   pipe (editors, CI logs and scripts read UTF-8), and where a Unix console reports plain ASCII (an
 *   unset locale), since terminals there are UTF-8 in practice.</li>
 *   <li><b>ANSI</b>: never without a console, with {@code NO_COLOR} (the user asked for plain output)
 *   or {@code TERM=dumb}. On Windows only where the host is known to interpret them: Windows Terminal
 *   ({@code WT_SESSION}), ConEmu/Cmder ({@code ConEmuANSI=ON}), or a Unix-like terminal ({@code TERM}
 *   set: mintty, MSYS); the classic console window shows them as {@code ←[K}. Elsewhere wherever
 *   {@code TERM} names a terminal.</li>
 * </ul>
 */
record ConsoleSettings(Charset charset, boolean ansi) {

    /** Redirected output, CI, tests: UTF-8 and no control sequences. */
    static final ConsoleSettings PLAIN = new ConsoleSettings(StandardCharsets.UTF_8, false);

    private static volatile ConsoleSettings current;

    /**
     * The decision for this process.
     *
     * @param env the environment variables
     * @param osName the {@code os.name} property
     * @param consoleCharset the console's charset when the process is attached to one ({@code System.console()}
     *        is not null), else empty
     */
    static ConsoleSettings decide(Map<String, String> env, String osName, Optional<Charset> consoleCharset) {
        if (consoleCharset.isEmpty()) {
            return PLAIN;
        }
        boolean windows = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
        Charset cs = consoleCharset.get();
        if (!windows && cs.name().equals("US-ASCII")) {
            cs = StandardCharsets.UTF_8;
        }
        return new ConsoleSettings(cs, ansi(env, windows));
    }

    private static boolean ansi(Map<String, String> env, boolean windows) {
        String term = env.getOrDefault("TERM", "");
        if (env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty() || term.equals("dumb")) {
            return false;
        }
        if (windows) {
            return env.containsKey("WT_SESSION") || "ON".equalsIgnoreCase(env.get("ConEmuANSI")) || !term.isEmpty();
        }
        return !term.isEmpty();
    }

    /** The decision for the running process, made once from its real environment. */
    static ConsoleSettings current() {
        ConsoleSettings c = current;
        if (c == null) {
            Console console = System.console();
            c = decide(System.getenv(), System.getProperty("os.name"),
                    console == null ? Optional.empty() : Optional.of(console.charset()));
            current = c;
        }
        return c;
    }
}
