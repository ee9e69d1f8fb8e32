package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casebook.Casebook;
import org.casebook.config.ConfigLoader;
import org.casebook.diag.Messages;
import org.casebook.fix.CaseFixer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fix", mixinStandardHelpOptions = true,
        header = "Repairs the mechanical slips check reports, in place.",
        description = {"Repairs the mechanical slips check reports, in place: full-width colons, Chinese commas and",
            "dates in front matter, GBK/UTF-16 files, Word bullets and numbering, space-indented paragraphs, ##headings.",
            "Prints each change with its file and line. Exit code: 0 done, 1 a file could not be fixed, 2 usage."})
final class FixCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "files",
            description = "Case files, or knowledge base folders (all their cases). Default: the cases of the current folder.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "Show the changes as a diff; write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> given = files.isEmpty() ? List.of(Path.of(".")) : files;
        Path kb = given.size() == 1 && Files.isDirectory(given.get(0)) ? Casebook.findKnowledgeBase(given.get(0)) : Path.of(".");
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(kb));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CaseFixer.Outcome> outcomes = new ArrayList<>();
        List<Path> single = new ArrayList<>();
        for (Path f : given) {
            Path root = Files.isDirectory(f) ? Casebook.findKnowledgeBase(f) : null;
            if (root != null && root.equals(f.toAbsolutePath().normalize())) {
                outcomes.addAll(Casebook.at(f).fix(List.of(), dryRun));
            } else if (root != null) {
                single.add(f); // a folder inside a knowledge base (cases/洋浦): its case files
            } else if (Files.isRegularFile(f)) {
                single.add(f);
            } else {
                err.println(messages.format("cli.fix-no-file", f));
                err.flush();
                return 2;
            }
        }
        if (!single.isEmpty()) {
            outcomes.addAll(Casebook.at(Casebook.findKnowledgeBase(single.get(0))).fix(single, dryRun));
        }
        int changes = 0;
        int changedFiles = 0;
        boolean failed = false;
        for (CaseFixer.Outcome o : outcomes) {
            String name = display(o.file());
            if (o.refusal().isPresent()) {
                failed = true;
                err.println(name + ": " + messages.format(o.refusal().get(), o.detail()));
                continue;
            }
            if (!o.changed()) {
                continue;
            }
            changedFiles++;
            if (dryRun) {
                out.println("--- " + name);
                out.println("+++ " + name);
            }
            if (o.encodingKey() != null) {
                out.println(name + ": " + messages.format(o.encodingKey()));
                changes++;
            }
            for (CaseFixer.Change c : o.changes()) {
                changes++;
                if (dryRun) {
                    out.println("@@ " + c.line() + " @@ " + describe(messages, c.key()));
                    out.println("-" + c.before());
                    out.println("+" + c.after());
                } else {
                    out.println(name + ":" + c.line() + ": " + describe(messages, c.key()));
                }
            }
        }
        out.println(messages.format(dryRun ? "cli.fix-dry-summary" : "cli.fix-summary", changes, changedFiles,
                outcomes.size()));
        out.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    private static String describe(Messages messages, String keys) {
        List<String> parts = new ArrayList<>();
        for (String k : keys.split("\\+")) {
            parts.add(messages.format(k));
        }
        return String.join("；", parts);
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
