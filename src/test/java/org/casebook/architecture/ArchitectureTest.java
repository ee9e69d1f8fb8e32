package org.casebook.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package structure of docs/architecture.md, held: no cycle between packages, no import from a
 * lower layer into a higher one, and no I/O in the model. A failure names the offending class, member
 * and line.
 */
class ArchitectureTest {

    private static final String ROOT = "org.casebook";

    /**
     * The layers, lowest first; a package may use its own layer and those before it. The same order
     * as the table in docs/architecture.md. Every package of Casebook must be in exactly one layer.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("diag"),
            List.of("url", "io", "yaml", "audience", "cache"),
            List.of("taxonomy"),
            List.of("fix"),
            List.of("text"),
            List.of("config"),
            List.of("cases"),
            List.of("kb"),
            List.of("render.markdown", "insight"),
            List.of("search"),
            List.of("render.page"),
            List.of("render.output"),
            List.of("word"),
            List.of("engine"),
            List.of("site"),
            List.of("importer"),
            List.of(""),
            List.of("cli"));

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        // guards against a vacuous pass: the rules below must see the real classes
        assertTrue(main.contain("org.casebook.engine.Engine") && main.contain("org.casebook.cli.Main")
                && main.size() > 200, () -> "imported only " + main.size() + " classes");
    }

    @Test
    void packagesAreFreeOfCycles() {
        cycleRule(ROOT).check(main);
    }

    @Test
    void noPackageImportsFromAHigherLayer() {
        layerRule(LAYERS).check(main);
    }

    @Test
    void theModelDoesNoIo() {
        noClasses().that().resideInAnyPackage(ROOT + ".kb..", ROOT + ".taxonomy..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..")
                .because("the knowledge base is an immutable model built from parsed cases; reading and writing "
                        + "belong to the stages around it")
                .check(main);
    }

    @Test
    void onlyTheWordImportUsesPoi() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".importer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..",
                        "org.openxmlformats..", "org.apache.logging..")
                .because("the Word output writes WordprocessingML itself: loading POI costs every build seconds, "
                        + "so only `casebook import` may")
                .check(main);
    }

    /** The rules can fail: the same rules find a known cycle and, with two layers swapped, upward imports. */
    @Test
    void theRulesCatchWhatTheyForbid() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".architecture.fixture");
        assertTrue(cycleRule(ROOT + ".architecture.fixture").evaluate(fixture).hasViolation(),
                "a cycle between two packages is reported");
        List<List<String>> swapped = new ArrayList<>(LAYERS);
        Collections.swap(swapped, 0, swapped.size() - 1);
        assertTrue(layerRule(swapped).evaluate(main).hasViolation(), "cli below diag is reported");
    }

    /** One slice per package below {@code root}, the sub-packages of render each counted on their own. */
    static ArchRule cycleRule(String root) {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String pkg = c.getPackageName();
                if (!pkg.equals(root) && !pkg.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                List<String> parts = pkg.length() == root.length() ? List.of()
                        : Arrays.asList(pkg.substring(root.length() + 1).split("\\."));
                if (parts.isEmpty()) {
                    return SliceIdentifier.of("(api)");
                }
                return SliceIdentifier.of(parts.get(0).equals("render") && parts.size() > 1
                        ? "render." + parts.get(1) : parts.get(0));
            }

            @Override
            public String getDescription() {
                return "packages of " + root;
            }
        }).should().beFreeOfCycles();
    }

    static ArchRule layerRule(List<List<String>> layers) {
        Architectures.LayeredArchitecture arch = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        List<String> names = new ArrayList<>();
        for (List<String> layer : layers) {
            String name = String.join(", ", layer.stream().map(p -> p.isEmpty() ? "(api)" : p).toList());
            names.add(name);
            arch = arch.layer(name).definedBy(layer.stream()
                    .map(p -> p.isEmpty() ? ROOT : ROOT + "." + p + "..")
                    .toArray(String[]::new));
        }
        for (int i = 0; i < names.size() - 1; i++) {
            arch = arch.whereLayer(names.get(i)).mayOnlyBeAccessedByLayers(
                    names.subList(i + 1, names.size()).toArray(String[]::new));
        }
        arch = arch.whereLayer(names.get(names.size() - 1)).mayNotBeAccessedByAnyLayer();
        return arch.ensureAllClassesAreContainedInArchitecture();
    }
}
