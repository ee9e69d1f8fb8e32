package org.casebook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.config.ConfigLoader;
import org.casebook.diag.DiagnosticsJson;
import org.casebook.diag.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the knowledge base as a build would, writes nothing, and reports every problem.",
            "Exit code: 0 no errors, 1 errors (or warnings with --strict), 2 usage."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @picocli.CommandLine.ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    KbDirParameter kb;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem) or json (for CI bots). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--drafts", description = "Check links and terms of cases marked draft: true as published ones.")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(kb.kbDir));
        Casebook casebook = Casebook.at(kb.kbDir).clock(main.clock()).drafts(drafts);
        if (format == Format.text) {
            casebook = casebook.progress(TerminalProgress.forStderr(messages));
        }
        BuildResult result = casebook.check();
        boolean failed = !result.ok() || (strict && result.warnings() > 0);
        if (format == Format.json) {
            spec.commandLine().getOut().println(DiagnosticsJson.format(result.diagnostics(), !failed,
                    result.stats().cases()));
            spec.commandLine().getOut().flush();
        } else {
            Report report = new Report(messages, spec.commandLine().getOut(), spec.commandLine().getErr());
            report.diagnostics(result.diagnostics());
            report.checkSummary(result, strict && result.ok() && result.warnings() > 0);
        }
        return failed ? 1 : 0;
    }
}
