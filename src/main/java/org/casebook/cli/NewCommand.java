package org.casebook.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.DiagnosticFormatter;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes a new case file from the vocabulary of casebook.yml and prints its path.",
            "On a terminal it asks for what the options do not give; otherwise --title, --park, --theme and",
            "--method are required. Several terms are separated by commas. An existing file is never overwritten."})
final class NewCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    KbDirParameter kb;

    @Option(names = "--title", description = "The case's title.")
    String title;

    @picocli.CommandLine.Mixin
    TaxonomyOptions terms = new TaxonomyOptions();

    @Option(names = "--slug", description = "File name without .md: lower-case ASCII letters, digits, hyphens.")
    String slug;

    @Option(names = "--date", description = "Date YYYY-MM-DD (default: today).")
    String date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(kb.kbDir));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diags = new Diagnostics(messages);
        Optional<SiteConfig> config = ConfigLoader.load(kb.kbDir.toAbsolutePath().normalize(), diags);
        if (config.isEmpty()) {
            DiagnosticFormatter f = new DiagnosticFormatter(messages);
            diags.sorted().forEach(d -> err.println(f.format(d)));
            err.flush();
            return 1;
        }
        Console console = System.console();
        NewCase.Prompter prompter = console == null ? null : prompt -> Optional.ofNullable(console.readLine("%s", prompt));
        NewCase wizard = new NewCase(kb.kbDir.toAbsolutePath().normalize(), config.get(), messages, prompter, out, err,
                main.clock().today());
        return wizard.run(new NewCase.Answers(title, terms.given(), slug, date));
    }
}
