package org.casebook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * An independent reading of a knowledge base's front matter, for checking the generated matrix and
 * pairs against the source: plain SnakeYAML, names and aliases mapped to slugs from casebook.yml,
 * drafts left out. Shares no code with the pipeline on purpose.
 */
public final class FrontMatterOracle {

    /** One published case: its slug and the slugs of its parks, themes and methods. */
    public record Entry(String slug, Map<String, List<String>> terms) {
    }

    private final Map<String, List<String>> slugsInOrder = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public FrontMatterOracle(Path kbDir) {
        try {
            Map<String, Object> config = new Yaml().load(Files.readString(kbDir.resolve("casebook.yml"), StandardCharsets.UTF_8));
            Map<String, Object> taxonomies = (Map<String, Object>) config.get("taxonomies");
            Map<String, Map<String, String>> nameToSlug = new HashMap<>();
            for (String kind : List.of("park", "theme", "method")) {
                Map<String, String> names = new HashMap<>();
                List<String> order = new ArrayList<>();
                for (Map<String, Object> term : (List<Map<String, Object>>) taxonomies.get(kind)) {
                    String slug = (String) term.get("slug");
                    order.add(slug);
                    names.put((String) term.get("name"), slug);
                    for (Object alias : (List<Object>) term.getOrDefault("aliases", List.of())) {
                        names.put((String) alias, slug);
                    }
                }
                nameToSlug.put(kind, names);
                slugsInOrder.put(kind, order);
            }
            try (Stream<Path> files = Files.walk(kbDir.resolve("cases"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    String yaml = text.split("\n---\n", 2)[0].substring(4);
                    Map<String, Object> fm = new Yaml().load(yaml);
                    if (Boolean.TRUE.equals(fm.get("draft"))) {
                        continue;
                    }
                    Map<String, List<String>> terms = new HashMap<>();
                    for (String kind : List.of("park", "theme", "method")) {
                        Object v = fm.get(kind);
                        List<Object> values = v instanceof List<?> l ? (List<Object>) l : List.of(v);
                        terms.put(kind, values.stream().map(x -> nameToSlug.get(kind).get(String.valueOf(x))).toList());
                    }
                    String name = f.getFileName().toString();
                    entries.add(new Entry(name.substring(0, name.length() - 3), terms));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Slugs of a taxonomy in casebook.yml order. */
    public List<String> slugs(String kind) {
        return slugsInOrder.get(kind);
    }

    /** Number of published cases tagged with both terms. */
    public int count(String rowKind, String row, String columnKind, String column) {
        return (int) entries.stream()
                .filter(e -> e.terms().get(rowKind).contains(row) && e.terms().get(columnKind).contains(column))
                .count();
    }
}
