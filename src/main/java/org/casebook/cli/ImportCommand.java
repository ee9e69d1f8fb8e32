package org.casebook.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casebook.Casebook;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.DiagnosticFormatter;
import org.casebook.diag.Messages;
import org.casebook.fix.FrontMatterSlips;
import org.casebook.importer.ImportResult;
import org.casebook.importer.WordDraft;
import org.casebook.importer.WordReading;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Makes a case of a Word document (.docx).",
        description = {"Makes a case of a Word document (.docx): the body as Markdown, images beside the case, the",
            "front matter proposed from the document (title, date, unit of the signature block, park/theme/method named",
            "in the text, a slug from the title's pinyin). On a terminal each proposal is shown for confirmation;",
            "options replace them. Exit code: 0 the case passes check --strict, 1 something is left to fill in or",
            "the document cannot be read, 2 usage."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DOCX", descriptionKey = "docx", description = "The Word document (.docx; .doc and .wps: save as .docx first).")
    Path docx;

    Path kbDir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "KB_DIR", defaultValue = ".", descriptionKey = "kbdir",
            description = "Knowledge base folder, or a folder inside it (default: current folder).")
    void kbDir(Path given) {
        kbDir = KbDirParameter.around(given);
    }

    @Option(names = "--title", description = "The case's title (default: the document's).")
    String title;

    @picocli.CommandLine.Mixin
    TaxonomyOptions terms = new TaxonomyOptions();

    @Option(names = "--slug", description = "File name without .md (default: the title's pinyin).")
    String slug;

    @Option(names = "--date", description = "Date YYYY-MM-DD (default: the document's).")
    String date;

    @Option(names = "--unit", description = "Submitting unit (default: the document's signature block).")
    String unit;

    @Option(names = "--yes", description = "Take the proposals without asking, also on a terminal.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(kbDir));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiagnosticFormatter format = new DiagnosticFormatter(messages);
        Casebook casebook = Casebook.at(kbDir);
        WordReading reading = casebook.readWord(docx);
        reading.diagnostics().forEach(d -> err.println(format.format(d)));
        err.flush();
        if (reading.draft().isEmpty()) {
            return 1;
        }
        SiteConfig config = reading.config().orElseThrow();
        WordDraft draft = reading.draft().get();
        Console console = yes ? null : System.console();
        NewCase.Prompter prompter = console == null ? null : prompt -> Optional.ofNullable(console.readLine("%s", prompt));
        try {
            draft = choose(draft, config, messages, prompter, out, err);
        } catch (Unusable e) {
            err.println(messages.format("severity.error") + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        for (WordDraft.Note n : draft.notes()) {
            err.println(messages.format("severity.warning") + ": " + messages.format(n.key(), n.argument()));
        }
        ImportResult result = casebook.importWord(draft);
        if (result.written().isEmpty()) {
            result.remaining().forEach(d -> err.println(format.format(d)));
            err.flush();
            return 1;
        }
        Path file = result.written().get().caseFile();
        out.println(messages.format("cli.import-written", display(file), result.written().get().images().size()));
        if (result.complete()) {
            out.println(messages.format("cli.import-complete"));
            out.flush();
            err.flush();
            return 0;
        }
        out.println(messages.format("cli.import-left"));
        out.flush();
        for (Diagnostic d : result.remaining()) {
            err.println(format.format(d));
        }
        err.flush();
        return 1;
    }

    /** The options first, then (on a terminal) each proposal shown for confirmation. */
    WordDraft choose(WordDraft draft, SiteConfig config, Messages messages, NewCase.Prompter console, PrintWriter out,
            PrintWriter err) throws Unusable {
        WordDraft d = draft;
        if (title != null) {
            d = d.withTitle(title.strip());
        } else if (console != null) {
            d = d.withTitle(ask(console, out, messages.format("new.prompt-title"), d.title()));
        }
        Map<TaxonomyKind, String> given = terms.given();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            String g = given.get(kind);
            if (g != null) {
                d = d.withTerms(kind, resolve(config, kind, g, messages));
                continue;
            }
            if (console == null) {
                continue;
            }
            String kindName = messages.format(kind.messageKey());
            List<Term> choices = config.vocabulary().terms(kind);
            out.println(messages.format("cli.import-choices", kindName, String.join("、", numbered(choices))));
            while (true) {
                String current = String.join(", ", d.terms(kind).stream().map(Term::name).toList());
                String answer = ask(console, out, kindName, current);
                try {
                    d = d.withTerms(kind, answer.isBlank() ? List.of() : resolve(config, kind, answer, messages));
                    break;
                } catch (Unusable e) {
                    err.println(e.getMessage());
                    err.flush();
                }
            }
        }
        if (date != null) {
            d = d.withDate(Optional.of(parseDate(date, messages)));
        }
        if (unit != null) {
            d = d.withUnit(unit.strip());
        }
        if (slug != null) {
            d = d.withSlug(slug.strip());
        } else if (console != null) {
            d = d.withSlug(ask(console, out, messages.format("new.prompt-slug"), d.slug()));
        }
        return d;
    }

    private static List<String> numbered(List<Term> terms) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            s.add((i + 1) + "." + terms.get(i).name());
        }
        return s;
    }

    private static List<Term> resolve(SiteConfig config, TaxonomyKind kind, String answer, Messages messages)
            throws Unusable {
        List<Term> choices = config.vocabulary().terms(kind);
        LinkedHashSet<Term> chosen = new LinkedHashSet<>();
        for (String part : answer.split("[,，、;；]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<Term> t = p.matches("\\d{1,3}") && Integer.parseInt(p) >= 1 && Integer.parseInt(p) <= choices.size()
                    ? Optional.of(choices.get(Integer.parseInt(p) - 1)) : config.vocabulary().resolve(kind, p);
            if (t.isEmpty()) {
                String kindName = messages.format(kind.messageKey());
                String hint = config.vocabulary().suggest(kind, p).map(g -> messages.format("hint.did-you-mean", g.name()))
                        .orElse(messages.format("new.unknown-term.hint", kindName, p,
                                String.join("、", choices.stream().map(Term::name).toList())));
                throw new Unusable(messages.format("new.unknown-term", kindName, p) + " — " + hint);
            }
            chosen.add(t.get());
        }
        return List.copyOf(chosen);
    }

    private static LocalDate parseDate(String text, Messages messages) throws Unusable {
        Optional<String> iso = FrontMatterSlips.isoDate(text);
        if (iso.isEmpty()) {
            throw new Unusable(messages.format("new.date-invalid", text));
        }
        return LocalDate.parse(iso.get());
    }

    private static String ask(NewCase.Prompter console, PrintWriter out, String what, String proposal) {
        out.print(what + (proposal.isBlank() ? "" : " [" + proposal + "]") + ": ");
        out.flush();
        String line = console.ask("").orElse("");
        return line.isBlank() ? proposal : line.strip();
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** An option that cannot be used; ends the command with exit code 1. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }
}
