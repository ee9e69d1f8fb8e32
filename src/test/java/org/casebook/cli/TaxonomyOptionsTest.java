package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casebook.taxonomy.TaxonomyKind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands that take terms have exactly one option per taxonomy, and each reaches its kind. */
class TaxonomyOptionsTest {

    @Test
    void newAndImportTakeOneOptionPerKindAndHandItToThatKind() {
        for (String name : List.of("new", "import")) {
            CommandLine main = new CommandLine(new Main());
            CommandLine command = main.getSubcommands().get(name);
            List<String> args = new ArrayList<>(List.of(name));
            Map<TaxonomyKind, String> expected = new EnumMap<>(TaxonomyKind.class);
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                assertNotNull(command.getCommandSpec().findOption(kind.option()), name + " " + kind.option());
                args.add(kind.option());
                args.add("value-of-" + kind.key());
                expected.put(kind, "value-of-" + kind.key());
            }
            if (name.equals("import")) {
                args.add("material.docx");
            }
            main.parseArgs(args.toArray(String[]::new));
            Object parsed = command.getCommand();
            TaxonomyOptions terms = parsed instanceof NewCommand n ? n.terms : ((ImportCommand) parsed).terms;
            assertEquals(expected, terms.given(), name);
            long termOptions = command.getCommandSpec().options().stream()
                    .filter(o -> TaxonomyKind.byKey(o.longestName().substring(2)).isPresent()).count();
            assertEquals(TaxonomyKind.values().length, termOptions, name);
        }
    }
}
