package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.casebook.config.BuildClock;
import org.casebook.Casebook;
import org.casebook.config.ConfigLoader;
import org.casebook.diag.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code casebook}. Exit codes: 0 ok, 1 content errors, 2 usage, 3 internal error. */
@Command(name = "casebook",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a knowledge base of park best-practice cases into a static, searchable website.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment the command runs in (the process's, or a test's). */
    private final Map<String, String> env;

    private Main(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** A command line with no environment variables (for parsing only). */
    Main() {
        this(Map.of());
    }

    /** The build clock of this run: {@code SOURCE_DATE_EPOCH} from the environment when set. */
    BuildClock clock() {
        return BuildClock.fromEnvironment(env);
    }

    String env(String name) {
        return env.get(name);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'casebook build'");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams in this process's environment; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv());
    }

    /** Runs the command line with the given streams and environment variables; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Main main = new Main(env);
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("casebook: internal error: " + e);
            err.println("  This is a bug in Casebook, not in your files. Run again with CASEBOOK_DEBUG=1 and report the output.");
            if (main.env("CASEBOOK_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // the staging folder is already gone (its owner closed it on the way out) and site/ is untouched
            err.println("casebook: " + messagesOf(cli.getParseResult()).format("cli.out-of-memory",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            code = INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Messages in the language of the knowledge base the command was given (its KB_DIR mixin), else the default. */
    static Messages messagesOf(CommandLine.ParseResult parsed) {
        Path kb = Path.of(".");
        CommandLine.ParseResult sub = parsed == null ? null : parsed.subcommand();
        if (sub != null && sub.commandSpec().mixins().get("kb") != null
                && sub.commandSpec().mixins().get("kb").userObject() instanceof KbDirParameter p && p.kbDir != null) {
            kb = p.kbDir;
        }
        return Messages.forLanguage(ConfigLoader.peekLanguage(kb));
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"casebook " + Casebook.version()};
        }
    }
}
