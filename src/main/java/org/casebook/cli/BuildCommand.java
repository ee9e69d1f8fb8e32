package org.casebook.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.audience.Audience;
import org.casebook.config.ConfigLoader;
import org.casebook.diag.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into KB_DIR/site (or --out). A failed build leaves the previous site untouched.")
final class BuildCommand implements Callable<Integer> {

    private static final int USAGE = 2;
    /** The site could not be written (permissions, a full disk, another build writing it); the content may be fine. */
    static final int CANNOT_WRITE = 4;
    private static final java.util.Set<String> WRITE_FAILURES = java.util.Set.of("io.write", "io.swap", "io.busy",
            "io.parent-unwritable");

    @picocli.CommandLine.ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    KbDirParameter kb;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: KB_DIR/site).")
    Path out;

    @Option(names = "--drafts", description = "Include cases marked draft: true.")
    boolean drafts;

    @Option(names = "--timings", description = "Print each stage's time and the build's figures on stderr, one 'timing' line each (for benchmarks).")
    boolean timings;

    @Option(names = "--audience", paramLabel = "internal|public",
            description = "Who the site is for (default: audience in casebook.yml, else internal). "
                    + "A public site holds no internal case or passage.")
    String audience;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Build cache folder (default: KB_DIR/.casebook/cache). Safe to delete; it only saves time.")
    Path cache;

    @Option(names = "--no-cache", description = "Build from nothing, without reading or writing the build cache.")
    boolean noCache;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Integer> elsewhere = JitChoice.relaunchIfLarge(kb.kbDir,
                spec.root().commandLine().getParseResult().originalArgs(), main.env(JitChoice.CHOSEN) != null);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(kb.kbDir));
        Report report = new Report(messages, spec.commandLine().getOut(), spec.commandLine().getErr());
        Casebook casebook = Casebook.at(kb.kbDir).clock(main.clock()).output(out).drafts(drafts)
                .progress(TerminalProgress.forStderr(messages));
        if (noCache) {
            casebook = casebook.noCache();
        } else if (cache != null) {
            casebook = casebook.cache(cache);
        }
        if (audience != null) {
            Optional<Audience> chosen = Audience.parse(audience);
            if (chosen.isEmpty()) {
                report.usageError("cli.audience-unknown", audience, String.join(", ", Audience.keys()));
                return USAGE;
            }
            casebook = casebook.audience(chosen.get());
        }
        BuildResult result = casebook.build();
        report.diagnostics(result.diagnostics());
        report.buildSummary(result);
        if (timings) {
            report.timings(result.stats());
        }
        return exitCode(result);
    }

    /**
     * 0, or what a script must do about the failure: 1 mend the content, 2 give another output folder
     * (the one given is refused), 4 free the output folder (the site could not be written there).
     */
    static int exitCode(BuildResult result) {
        if (result.ok()) {
            return 0;
        }
        java.util.List<String> errors = result.diagnostics().stream().filter(org.casebook.diag.Diagnostic::isError)
                .map(org.casebook.diag.Diagnostic::code).toList();
        if (errors.isEmpty()) {
            return 1;
        }
        if (errors.stream().allMatch(c -> c.startsWith("out."))) {
            return USAGE;
        }
        return WRITE_FAILURES.containsAll(errors) ? CANNOT_WRITE : 1;
    }
}
