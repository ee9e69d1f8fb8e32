package org.casebook.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * How many published cases each pair of terms of two taxonomies shares, e.g. parks × themes. Rows and
 * columns follow the vocabulary's order; a case tagged with two parks counts in both rows.
 */
public final class CoverageMatrix {

    private final TaxonomyKind rowKind;
    private final TaxonomyKind columnKind;
    private final List<Term> rows;
    private final List<Term> columns;
    private final int[][] counts;
    private final int[] rowCases;
    private final int max;

    private CoverageMatrix(TaxonomyKind rowKind, TaxonomyKind columnKind, List<Term> rows, List<Term> columns,
            int[][] counts, int[] rowCases) {
        this.rowCases = rowCases;
        this.rowKind = rowKind;
        this.columnKind = columnKind;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.counts = counts;
        int m = 0;
        for (int[] row : counts) {
            for (int v : row) {
                m = Math.max(m, v);
            }
        }
        this.max = m;
    }

    public static CoverageMatrix of(KnowledgeBase kb, TaxonomyKind rowKind, TaxonomyKind columnKind) {
        List<Term> rows = kb.vocabulary().terms(rowKind);
        List<Term> columns = kb.vocabulary().terms(columnKind);
        Map<String, Integer> rowIndex = index(rows);
        Map<String, Integer> columnIndex = index(columns);
        int[][] counts = new int[rows.size()][columns.size()];
        int[] rowCases = new int[rows.size()];
        for (Case c : Published.of(kb)) {
            for (Term r : c.terms(rowKind)) {
                rowCases[rowIndex.get(r.key())]++;
                for (Term col : c.terms(columnKind)) {
                    counts[rowIndex.get(r.key())][columnIndex.get(col.key())]++;
                }
            }
        }
        return new CoverageMatrix(rowKind, columnKind, rows, columns, counts, rowCases);
    }

    private static Map<String, Integer> index(List<Term> terms) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            m.put(terms.get(i).key(), i);
        }
        return m;
    }

    public TaxonomyKind rowKind() {
        return rowKind;
    }

    public TaxonomyKind columnKind() {
        return columnKind;
    }

    public List<Term> rows() {
        return rows;
    }

    public List<Term> columns() {
        return columns;
    }

    /**
     * The published cases of a row's term. Not the sum of the row's cells: a case with two themes
     * is in two cells but is one case.
     */
    public int cases(int row) {
        return rowCases[row];
    }

    public int count(int row, int column) {
        return counts[row][column];
    }

    public int count(Term row, Term column) {
        return counts[rows.indexOf(row)][columns.indexOf(column)];
    }

    /** The largest cell, for shading relative to it. */
    public int max() {
        return max;
    }

    public List<Integer> row(int row) {
        List<Integer> r = new ArrayList<>(columns.size());
        for (int v : counts[row]) {
            r.add(v);
        }
        return List.copyOf(r);
    }

    /** Number of empty cells: pairs no case covers yet. */
    public int gaps() {
        int n = 0;
        for (int[] row : counts) {
            for (int v : row) {
                if (v == 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
