package org.casebook.cli;

import java.util.EnumMap;
import java.util.Map;
import org.casebook.taxonomy.TaxonomyKind;
import picocli.CommandLine.Option;

/**
 * The options that give a case's terms, one per {@link TaxonomyKind} ({@link TaxonomyKind#option()}).
 * Option names must be known when the command is declared, so this is the one place outside the
 * definition that lists the kinds; a test holds the two to the same list.
 */
final class TaxonomyOptions {

    @Option(names = "--park", description = "Park: name, alias or number in the list.")
    String park;

    @Option(names = "--theme", description = "Theme(s): names, aliases or numbers, separated by commas.")
    String theme;

    @Option(names = "--method", description = "Method(s): names, aliases or numbers, separated by commas.")
    String method;

    /** What was given, per kind; a kind without its option is absent. */
    Map<TaxonomyKind, String> given() {
        Map<TaxonomyKind, String> out = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            String value = switch (kind) {
                case PARK -> park;
                case THEME -> theme;
                case METHOD -> method;
            };
            if (value != null) {
                out.put(kind, value);
            }
        }
        return out;
    }
}
