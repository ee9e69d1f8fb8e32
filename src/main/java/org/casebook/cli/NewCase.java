package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.cases.CaseParser;
import org.casebook.cases.CaseScaffold;
import org.casebook.cases.SourceReader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.io.WriteFailure;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.taxonomy.Vocabulary;

/**
 * {@code casebook new}: asks for (or takes from options) a title, terms, slug and date, then writes
 * {@code cases/<park>/<slug>.md}. Without a prompter (not on a terminal) a missing or wrong answer is
 * an error naming the option; with one, the question is asked (again), choices are listed with their
 * aliases, and a typo gets a did-you-mean to confirm.
 */
final class NewCase {

    /** Asks one question on the terminal; empty at end of input. */
    interface Prompter {
        Optional<String> ask(String prompt);
    }

    /** What the options gave; null where nothing was given. */
    record Answers(String title, Map<TaxonomyKind, String> terms, String slug, String date) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Path kbDir;
    private final SiteConfig config;
    private final Messages messages;
    private final Prompter prompter;
    private final PrintWriter out;
    private final PrintWriter err;
    private final LocalDate today;

    NewCase(Path kbDir, SiteConfig config, Messages messages, Prompter prompter, PrintWriter out, PrintWriter err,
            LocalDate today) {
        this.kbDir = kbDir;
        this.config = config;
        this.messages = messages;
        this.prompter = prompter;
        this.out = out;
        this.err = err;
        this.today = today;
    }

    /** Writes the case; returns the exit code (0 written, 1 refused or incomplete). */
    int run(Answers given) {
        try {
            String title = title(given.title());
            Map<TaxonomyKind, List<Term>> terms = new EnumMap<>(TaxonomyKind.class);
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                terms.put(kind, terms(kind, given.terms().get(kind)));
            }
            LocalDate date = date(given.date());
            Map<String, Path> taken = existingSlugs();
            // the case's place names its folder (cases/<park>/) and, for a Chinese title, its slug
            Term place = terms.get(TaxonomyKind.place()).get(0);
            String slug = slug(given.slug(), title, place, date, taken);
            Path file = kbDir.resolve(SourceReader.CASES).resolve(place.slug()).resolve(slug + ".md");
            String rel = kbDir.relativize(file).toString().replace('\\', '/');
            if (Files.exists(file)) {
                throw new Refused(messages.format("new.exists", rel), messages.format("new.exists.hint"));
            }
            String text = CaseScaffold.text(config.language(), title, terms, date);
            Files.createDirectories(file.getParent());
            // CREATE_NEW: even a file that appeared since the check above is never overwritten
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            out.println(messages.format("new.written", rel));
            out.println(messages.format("new.next-steps"));
            out.flush();
            return 0;
        } catch (Refused r) {
            err.println(messages.format("severity.error") + ": " + r.getMessage() + (r.hint.isEmpty() ? "" : " — " + r.hint));
            err.flush();
            return 1;
        } catch (IOException e) {
            WriteFailure why = WriteFailure.of(e, kbDir.toString(), messages);
            err.println(messages.format("severity.error") + ": " + messages.format("io.write", kbDir, why.reason())
                    + " — " + why.fixOr(messages.format("io.write.hint")));
            err.flush();
            return 1;
        }
    }

    private String title(String given) throws Refused {
        String t = given == null ? null : given.strip();
        while (t == null || t.isEmpty()) {
            if (prompter == null) {
                throw missing(given == null ? "--title" : null, "new.title-empty");
            }
            if (t != null) {
                err.println(messages.format("new.title-empty"));
            }
            t = ask(messages.format("new.prompt-title") + ": ").strip();
        }
        return t;
    }

    private List<Term> terms(TaxonomyKind kind, String given) throws Refused {
        Vocabulary vocabulary = config.vocabulary();
        List<Term> choices = vocabulary.terms(kind);
        String kindName = messages.format(kind.messageKey());
        String answer = given;
        boolean listed = false;
        while (true) {
            if (answer == null || answer.isBlank()) {
                if (prompter == null) {
                    throw missing(kind.option(), null);
                }
                if (!listed) {
                    out.println(messages.format("new.prompt-choose", kindName));
                    for (int i = 0; i < choices.size(); i++) {
                        Term t = choices.get(i);
                        out.println(String.format("  %2d. %s%s", i + 1, t.name(),
                                t.aliases().isEmpty() ? "" : "（" + String.join("、", t.aliases()) + "）"));
                    }
                    listed = true;
                }
                answer = ask("> ");
                continue;
            }
            Optional<List<Term>> chosen = choose(kind, kindName, answer, choices);
            if (chosen.isPresent()) {
                return chosen.get();
            }
            answer = null; // ask again, the choices are on screen
        }
    }

    /** The terms named in an answer; empty (after saying why) when one is unknown and not confirmed. */
    private Optional<List<Term>> choose(TaxonomyKind kind, String kindName, String answer, List<Term> choices)
            throws Refused {
        LinkedHashSet<Term> terms = new LinkedHashSet<>();
        for (String part : answer.split("[,，、;；]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<Term> t = p.matches("\\d{1,3}") && Integer.parseInt(p) >= 1 && Integer.parseInt(p) <= choices.size()
                    ? Optional.of(choices.get(Integer.parseInt(p) - 1))
                    : config.vocabulary().resolve(kind, p);
            if (t.isEmpty()) {
                Optional<Term> guess = config.vocabulary().suggest(kind, p);
                if (prompter == null) {
                    String hint = guess.map(g -> messages.format("hint.did-you-mean", g.name()))
                            .orElse(messages.format("new.unknown-term.hint", kindName, p,
                                    String.join("、", choices.stream().map(Term::name).toList())));
                    throw new Refused(messages.format("new.unknown-term", kindName, p), hint);
                }
                err.println(messages.format("new.unknown-term", kindName, p));
                if (guess.isPresent()) {
                    String yes = ask(messages.format("new.confirm-suggestion", guess.get().name()) + " ").strip();
                    if (yes.isEmpty() || yes.equalsIgnoreCase("y") || yes.equalsIgnoreCase("yes") || yes.equals("是")) {
                        terms.add(guess.get());
                        continue;
                    }
                    // an answer that names a term (江东 for 海口江东新区) is that term, not a "no"
                    Optional<Term> named = config.vocabulary().resolve(kind, yes);
                    if (named.isPresent()) {
                        terms.add(named.get());
                        continue;
                    }
                }
                return Optional.empty();
            }
            terms.add(t.get());
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(terms));
    }

    private LocalDate date(String given) throws Refused {
        String d = given;
        while (true) {
            if (d == null && prompter != null) {
                d = ask(messages.format("new.prompt-date") + " " + messages.format("new.prompt-default", today) + ": ")
                        .strip();
            }
            if (d == null || d.isEmpty()) {
                return today;
            }
            try {
                return LocalDate.parse(d.strip(), DATE);
            } catch (DateTimeParseException e) {
                if (prompter == null) {
                    throw new Refused(messages.format("new.date-invalid", d), "");
                }
                err.println(messages.format("new.date-invalid", d));
                d = null;
            }
        }
    }

    private String slug(String given, String title, Term park, LocalDate date, Map<String, Path> taken) throws Refused {
        String suggestion = CaseScaffold.suggestSlug(title, park, date, taken.keySet());
        String s = given;
        while (true) {
            if (s == null) {
                if (prompter == null) {
                    return suggestion;
                }
                s = ask(messages.format("new.prompt-slug") + " " + messages.format("new.prompt-default", suggestion) + ": ")
                        .strip();
                if (s.isEmpty()) {
                    return suggestion;
                }
            }
            Optional<Refused> problem = slugProblem(s, suggestion, taken);
            if (problem.isEmpty()) {
                return s;
            }
            if (prompter == null) {
                throw problem.get();
            }
            err.println(problem.get().getMessage() + " — " + problem.get().hint);
            s = null;
        }
    }

    private Optional<Refused> slugProblem(String s, String suggestion, Map<String, Path> taken) {
        if (!Term.isValidSlug(s) || org.casebook.kb.KnowledgeBaseBuilder.RESERVED_SLUGS.contains(s)) {
            return Optional.of(new Refused(messages.format("new.slug-invalid", s),
                    messages.format("new.slug-invalid.hint", s, suggestion)));
        }
        if (taken.containsKey(s)) {
            String where = kbDir.relativize(taken.get(s)).toString().replace('\\', '/');
            return Optional.of(new Refused(messages.format("new.slug-taken", s, where),
                    messages.format("new.slug-taken.hint", s, where, suggestion)));
        }
        return Optional.empty();
    }

    /**
     * Slugs of the case files already there, by file name and as parsed (a {@code slug:} line): a new
     * case must not share one (it would be a duplicate).
     */
    private Map<String, Path> existingSlugs() {
        Map<String, Path> slugs = new HashMap<>();
        Diagnostics ignored = new Diagnostics(messages); // check reports them
        SourceReader reader = new SourceReader(kbDir, ignored);
        CaseParser parser = new CaseParser(ignored, today);
        for (Path p : reader.list()) {
            String name = p.getFileName().toString();
            slugs.putIfAbsent(name.substring(0, name.length() - 3).toLowerCase(java.util.Locale.ROOT), p);
            reader.read(p).flatMap(parser::parse)
                    .ifPresent(c -> slugs.putIfAbsent(c.slug().toLowerCase(java.util.Locale.ROOT), p));
        }
        return slugs;
    }

    private String ask(String prompt) throws Refused {
        out.print(prompt);
        out.flush();
        return prompter.ask("").orElseThrow(() -> new Refused(messages.format("new.input-ended", requiredOptions()), ""));
    }

    private Refused missing(String option, String key) {
        return new Refused(option != null ? messages.format("new.missing-option", option, requiredOptions())
                : messages.format(key), "");
    }

    /** {@code --title} and one option per taxonomy: what a run off a terminal must give. */
    private static String requiredOptions() {
        return String.join(" ", Stream.concat(Stream.of("--title"),
                Stream.of(TaxonomyKind.values()).filter(TaxonomyKind::required).map(TaxonomyKind::option)).toList());
    }

    /** A reason not to write the file, with a hint; ends the command with exit code 1. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Refused(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }
    }
}
