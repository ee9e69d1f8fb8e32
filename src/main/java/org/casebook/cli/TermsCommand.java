package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casebook.Casebook;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.DiagnosticFormatter;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.DiagnosticsJson;
import org.casebook.diag.Messages;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casebook terms}: the vocabulary a case may use, per taxonomy, each term with its aliases,
 * read from the casebook.yml found at or above KB_DIR. Named in the hint of an unknown term: it only
 * reads, where {@code casebook new} would start writing a file.
 */
@Command(name = "terms", mixinStandardHelpOptions = true,
        description = {"Lists the parks, themes and methods a case may use, with their aliases.",
            "KB_DIR is searched upward for casebook.yml (default: the current folder)."})
final class TermsCommand implements Callable<Integer> {

    enum Format { text, json }

    @picocli.CommandLine.Mixin
    KbDirParameter kb;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people) or json (for tools). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path kbDir = Casebook.findKnowledgeBase(kb.kbDir);
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(kbDir));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diags = new Diagnostics(messages);
        Optional<SiteConfig> config = ConfigLoader.load(kbDir, diags);
        if (config.isEmpty()) {
            DiagnosticFormatter f = new DiagnosticFormatter(messages);
            diags.sorted().forEach(d -> err.println(f.format(d)));
            err.flush();
            return 1;
        }
        out.print(format == Format.json ? json(config.get()) : text(config.get(), messages));
        out.flush();
        return 0;
    }

    static String text(SiteConfig config, Messages messages) {
        StringBuilder sb = new StringBuilder();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            sb.append(messages.format("terms.heading", messages.format(kind.messageKey()), kind.key()))
                    .append('\n');
            for (Term t : config.vocabulary().terms(kind)) {
                sb.append("  ").append(t.name());
                if (!t.aliases().isEmpty()) {
                    sb.append("  ").append(messages.format("terms.aliases", String.join(messages.format("terms.separator"),
                            t.aliases())));
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        sb.append(messages.format("terms.footer")).append('\n');
        return sb.toString();
    }

    /** {@code {"<kind>":[{"name","slug","aliases":[…]}],…}}, one key per taxonomy in order. */
    static String json(SiteConfig config) {
        StringBuilder sb = new StringBuilder("{");
        TaxonomyKind[] kinds = TaxonomyKind.values();
        for (int k = 0; k < kinds.length; k++) {
            sb.append(k == 0 ? "" : ",").append(DiagnosticsJson.string(kinds[k].key())).append(":[");
            java.util.List<Term> terms = config.vocabulary().terms(kinds[k]);
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("{\"name\":").append(DiagnosticsJson.string(t.name()))
                        .append(",\"slug\":").append(DiagnosticsJson.string(t.slug())).append(",\"aliases\":[");
                for (int a = 0; a < t.aliases().size(); a++) {
                    sb.append(a == 0 ? "" : ",").append(DiagnosticsJson.string(t.aliases().get(a)));
                }
                sb.append("]}");
            }
            sb.append(']');
        }
        return sb.append("}\n").toString();
    }
}
