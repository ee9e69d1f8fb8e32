package org.casebook.cli;

import java.io.PrintWriter;
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
            "Given case files instead (check FILE...), checks just those against the knowledge base found by",
            "searching upward from the first file's folder for casebook.yml.",
            "Exit code: 0 no errors, 1 errors (or warnings with --strict), 2 usage."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, gitlab, github }

    @picocli.CommandLine.ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    KbDirParameter kb;

    @picocli.CommandLine.Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE", descriptionKey = "files",
            description = "More case files to check (when the first parameter is a case file).")
    java.util.List<Path> moreFiles = new java.util.ArrayList<>();

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem), json (for bots), gitlab (Code Quality report) or github"
                + " (workflow annotations). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--drafts", description = "Check links and terms of cases marked draft: true as published ones.")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.util.List<Path> files = new java.util.ArrayList<>();
        if (java.nio.file.Files.isRegularFile(kb.kbDir) || !moreFiles.isEmpty()
                || kb.kbDir.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            files.add(kb.kbDir);
            files.addAll(moreFiles);
        }
        Path kbDir = files.isEmpty() ? kb.kbDir : Casebook.findKnowledgeBase(files.get(0));
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(kbDir));
        Casebook casebook = Casebook.at(kbDir).clock(main.clock()).drafts(drafts);
        if (format == Format.text) {
            casebook = casebook.progress(TerminalProgress.forStderr(messages));
        }
        BuildResult result = files.isEmpty() ? casebook.check() : casebook.check(files);
        boolean failed = !result.ok() || (strict && result.warnings() > 0);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(DiagnosticsJson.format(result.diagnostics(), !failed, result.stats().cases()));
            out.flush();
        } else if (format == Format.gitlab) {
            out.println(GitlabCodeQuality.format(result.diagnostics(), repositoryPrefix(kb.kbDir)));
            out.flush();
        } else if (format == Format.github) {
            out.print(GithubAnnotations.format(result.diagnostics(), repositoryPrefix(kb.kbDir)));
            out.flush();
        } else {
            Report report = new Report(messages, spec.commandLine().getOut(), spec.commandLine().getErr());
            report.diagnostics(result.diagnostics());
            report.checkSummary(result, strict && result.ok() && result.warnings() > 0);
        }
        return failed ? 1 : 0;
    }

    /**
     * CI systems place a report's paths from the repository root, where the job runs; diagnostics name
     * files from the knowledge base. A knowledge base in a sub-folder ({@code check kb}) gets it as prefix.
     */
    static String repositoryPrefix(Path kbDir) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path kb = kbDir.toAbsolutePath().normalize();
        if (kb.equals(cwd) || !kb.startsWith(cwd)) {
            return "";
        }
        return cwd.relativize(kb).toString().replace('\\', '/') + "/";
    }
}
