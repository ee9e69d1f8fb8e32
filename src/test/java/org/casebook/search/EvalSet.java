package org.casebook.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The frozen search evaluation set ({@code src/test/resources/search-eval/}, see its README): a
 * knowledge base and judged queries written by people who never saw the ranking or its code. It is
 * split once, deterministically, into a development half (the only one ranking constants may be
 * tuned on) and a held-out half (the only one reported and gated): within each category, queries
 * in id order alternate, the first to development, the second to held-out, and so on.
 */
final class EvalSet {

    static final Path DIR = Path.of("src/test/resources/search-eval");

    /** A judged query: grades 0 (not relevant), 1 (partly), 2 (relevant) per case slug. */
    record Query(String id, String category, String query, Map<String, Integer> grades) {
    }

    private EvalSet() {
    }

    static Path kb() {
        return DIR.resolve("kb");
    }

    /**
     * A second held-out set over the same knowledge base ({@code fresh/}, see its README), written by
     * two more evaluators when the first set's held-out half had been read often while tuning: only
     * reported, never tuned on, and not split.
     */
    static final Path FRESH = DIR.resolve("fresh");

    static List<Query> all() throws IOException {
        return all(DIR);
    }

    /** Every judged query of the fresh held-out set. */
    static List<Query> fresh() throws IOException {
        return all(FRESH);
    }

    private static List<Query> all(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the frozen evaluation set is not in " + dir);
        }
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (Path f : files(dir, "judgments.*\\.tsv")) {
            for (String[] row : rows(f, 3)) {
                int grade = Integer.parseInt(row[2].strip());
                if (grade < 0 || grade > 2) {
                    throw new IllegalStateException(f + ": grade " + grade + " of " + row[0]);
                }
                // the site's slug is the case's file name; the set names cases by park folder and file
                String slug = row[1].strip().replaceFirst(".*/", "");
                if (grades.computeIfAbsent(row[0].strip(), k -> new LinkedHashMap<>()).put(slug, grade) != null) {
                    throw new IllegalStateException(f + ": " + row[0] + " judges " + slug + " twice");
                }
            }
        }
        List<Query> out = new ArrayList<>();
        for (Path f : files(dir, "queries.*\\.tsv")) {
            for (String[] row : rows(f, 3)) {
                String id = row[0].strip();
                Map<String, Integer> g = grades.remove(id);
                if (g == null) {
                    throw new IllegalStateException(f + ": query " + id + " has no judgment");
                }
                out.add(new Query(id, row[1].strip(), row[2].strip(), Map.copyOf(g)));
            }
        }
        if (!grades.isEmpty()) {
            throw new IllegalStateException("judgments for unknown queries: " + grades.keySet());
        }
        return out;
    }

    private static List<Path> files(Path dir, String regex) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(regex)).sorted().toList();
        }
    }

    /** The rows of a tab-separated file after its header line, each with at least {@code min} columns. */
    static List<String[]> rows(Path file, int min) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length < min) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + cols.length + " columns, expected " + min);
            }
            out.add(cols);
        }
        return out;
    }

    /** The development half: tune here, and only here. */
    static List<Query> dev(List<Query> all) {
        return half(all, 0);
    }

    /** The held-out half: report and gate here; never tune on it. */
    static List<Query> heldOut(List<Query> all) {
        return half(all, 1);
    }

    private static List<Query> half(List<Query> all, int which) {
        Map<String, List<Query>> byCategory = all.stream().sorted(Comparator.comparing(Query::id, EvalSet::compareIds))
                .collect(Collectors.groupingBy(Query::category, LinkedHashMap::new, Collectors.toList()));
        List<Query> out = new ArrayList<>();
        byCategory.values().forEach(list -> {
            for (int i = which; i < list.size(); i += 2) {
                out.add(list.get(i));
            }
        });
        return out;
    }

    /** Ids compared as text with their digit runs as numbers (q9 before q10). */
    static int compareIds(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
