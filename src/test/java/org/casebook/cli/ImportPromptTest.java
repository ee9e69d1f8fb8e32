package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.casebook.Casebook;
import org.casebook.diag.Messages;
import org.casebook.importer.WordDocs;
import org.casebook.importer.WordDraft;
import org.casebook.importer.WordReading;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casebook import} on a terminal: each proposal shown in brackets, Enter keeps it, an answer replaces it. */
class ImportPromptTest {

    @TempDir
    Path tmp;

    @Test
    void enterKeepsAProposalAndAnAnswerReplacesIt() throws Exception {
        Path kb = tmp.resolve("kb");
        Files.createDirectories(kb.resolve("cases"));
        Files.copy(Path.of(resource("/broken/yaml-fullwidth-colon/casebook.yml")), kb.resolve("casebook.yml"));
        Path docx = WordDocs.save(WordDocs.styledEnglish(), tmp.resolve("材料.docx"));
        WordReading reading = Casebook.at(kb).readWord(docx);
        WordDraft draft = reading.draft().orElseThrow();

        // title: Enter; park: Enter; theme: "2,积分制度" (a number and an alias); method: a typo, then "观摩会"; slug: typed
        Deque<String> answers = new ArrayDeque<>(List.of("", "", "2,积分制度", "现场", "观摩会", "chain-party"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ImportCommand command = new ImportCommand();
        WordDraft chosen = command.choose(draft, reading.config().orElseThrow(), Messages.forLanguage("zh-CN"),
                prompt -> Optional.ofNullable(answers.poll()), new PrintWriter(out), new PrintWriter(err));

        assertEquals(draft.title(), chosen.title());
        assertEquals(List.of("洋浦经济开发区"), names(chosen, TaxonomyKind.PARK));
        assertEquals(List.of("党员教育", "积分管理"), names(chosen, TaxonomyKind.THEME));
        assertEquals(List.of("现场会"), names(chosen, TaxonomyKind.METHOD));
        assertEquals("chain-party", chosen.slug());
        assertTrue(out.toString().contains("园区 [洋浦经济开发区]: "), out.toString());
        assertTrue(out.toString().contains("主题可选：1.组织建设、2.党员教育、3.积分管理"), out.toString());
        assertTrue(err.toString().contains("现场"), "the typo is named: " + err);
        assertTrue(answers.isEmpty());
    }

    private static List<String> names(WordDraft d, TaxonomyKind kind) {
        return d.terms(kind).stream().map(Term::name).toList();
    }

    private static java.net.URI resource(String name) throws URISyntaxException {
        return ImportPromptTest.class.getResource(name).toURI();
    }
}
