package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, FixCommand.class,
            ImportCommand.class, TermsCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int INTERNAL_ERROR = 3;

    private static final String NO_COMMAND = "Missing command: try 'casebook build'";

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
        throw new CommandLine.ParameterException(spec.commandLine(), NO_COMMAND);
    }

    public static void main(String[] args) {
        // the console's own charset (GBK in a Chinese cmd window), UTF-8 when redirected: see ConsoleSettings
        Charset charset = ConsoleSettings.current().charset();
        System.exit(execute(args, new PrintWriter(System.out, true, charset), new PrintWriter(System.err, true, charset)));
    }

    /**
     * Started without a locale (cron, systemd, env -i), Java reads file names and arguments as ASCII:
     * a Chinese name in an argument or in the current folder's path has already become U+FFFD or '?'.
     */
    private static boolean namesLostToTheLocale(String[] args) {
        if (!namesCannotBeChinese()) {
            return false;
        }
        String cwd = System.getProperty("user.dir", "");
        return cwd.indexOf('\uFFFD') >= 0 || cwd.indexOf('?') >= 0
                || java.util.Arrays.stream(args).anyMatch(a -> a.indexOf('\uFFFD') >= 0);
    }

    /** Whether this process's file-name encoding (the locale's) cannot represent a Chinese name. */
    private static boolean namesCannotBeChinese() {
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        return java.nio.charset.Charset.isSupported(names) && !java.nio.charset.Charset.forName(names).newEncoder().canEncode('园');
    }

    /** Runs the command line with the given streams in this process's environment; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv());
    }

    /** Runs the command line with the given streams and environment variables; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        if (namesLostToTheLocale(args)) {
            err.println("casebook: " + Messages.forLanguage(ConfigLoader.peekLanguage(Path.of("")))
                    .format("cli.locale-ascii", System.getProperty("sun.jnu.encoding")));
            err.flush();
            return 2;
        }
        Main main = new Main(env);
        CommandLine cli = new CommandLine(main);
        Path window = Casebook.findKnowledgeBase(Path.of("."));
        helpInTheLanguageOf(cli, window);
        cli.setParameterExceptionHandler((e, given) -> usageError(e, Messages.forLanguage(ConfigLoader.peekLanguage(window))));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof java.nio.file.InvalidPathException && namesCannotBeChinese()) {
                // not a bug: the process was started without a locale (cron, systemd), so file names are ASCII
                err.println("casebook: " + messagesOf(parseResult).format("cli.locale-ascii",
                        System.getProperty("sun.jnu.encoding")));
                err.flush();
                return 2;
            }
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

    /**
     * The usage help in the language of the knowledge base the command window is in (Chinese unless
     * its casebook.yml says otherwise); the annotations hold the English.
     */
    private static void helpInTheLanguageOf(CommandLine cli, Path kb) {
        if (ConfigLoader.peekLanguage(kb).startsWith("zh")) {
            cli.setResourceBundle(ResourceBundle.getBundle("org.casebook.cli.help", Locale.SIMPLIFIED_CHINESE));
        }
    }

    /** A mistake on the command line, said in the knowledge base's language, with where to read the usage. */
    private static int usageError(CommandLine.ParameterException e, Messages messages) {
        CommandLine command = e.getCommandLine();
        String problem;
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            problem = messages.format("cli.usage-unknown", String.join(" ", u.getUnmatched()));
        } else if (e instanceof CommandLine.MissingParameterException m) {
            problem = messages.format("cli.usage-missing", String.join(" ", m.getMissing().stream().map(Main::named).toList()));
        } else if (NO_COMMAND.equals(e.getMessage())) {
            problem = messages.format("cli.usage-no-command");
        } else if (e.getArgSpec() != null && e.getValue() != null) {
            problem = messages.format("cli.usage-value", named(e.getArgSpec()), e.getValue());
        } else {
            problem = messages.format("cli.usage-invalid", e.getMessage());
        }
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + problem);
        command.getErr().println(messages.format("cli.usage-hint", name.equals("casebook") ? "casebook help"
                : "casebook help " + command.getCommandName()));
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** An option by its longest name ({@code --port}), a parameter by its label ({@code DOCX}). */
    private static String named(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"casebook " + Casebook.version()};
        }
    }
}
