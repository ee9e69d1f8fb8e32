package org.casebook.render.page;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/** View records of the cross-case pages: coverage matrix, learning pairs, statistics, collections, embeds. */
public final class LearningViews {

    private LearningViews() {
    }

    /** One cell: the count, a shade level 0–4, the filtered search it links to, and a spoken label. */
    public record Cell(int count, int level, String href, String label) {
    }

    public record Row(Views.TermLink term, List<Cell> cells, int total) {
    }

    public record Matrix(String id, String caption, String rowKindName, String columnKindName,
            List<Views.TermLink> columns, List<Row> rows, String csvPath, String jsonPath, int gaps) {
    }

    public record Teacher(Views.TermLink park, int count, List<Views.CaseCard> cases) {
    }

    public record ThemePairs(Views.TermLink theme, List<Teacher> leaders, List<Views.TermLink> without) {
    }

    public record Gap(Views.TermLink theme, List<Teacher> teachers) {
    }

    public record MatrixPage(List<Matrix> matrices, List<ThemePairs> pairs) {
    }

    public record ChartRow(String label, int count, String path) {
    }

    /** {@code svg} is drawn by {@link StatsCharts} with escaped text. */
    public record Chart(String id, String title, TemplateHTMLOutputModel svg, List<ChartRow> rows) {
    }

    public record StatsPage(List<Chart> charts) {
    }

    /** A case inside a printable collection; {@code url} and {@code qr} are empty without base_url. */
    public record CollectionCase(Views.CaseCard card, String anchor, TemplateHTMLOutputModel html, String url,
            TemplateHTMLOutputModel qr) {
    }

    /**
     * A collection in the list of collections; {@code volumes} has more than one entry when it is
     * split, and none when the build does not write it ({@code collections:} in casebook.yml). Then
     * {@code cases} is where its cases are read instead: the term's page, or the list of all cases.
     */
    public record CollectionLink(String title, String path, int count, List<Volume> volumes, String cases) {
    }

    /** One printed volume of a collection: its number, page, and the positions of its first and last case. */
    public record Volume(int number, String path, int first, int last, String wordPath) {
    }

    /** A collection's line in its table of contents. */
    public record CollectionEntry(Views.CaseCard card, String anchor) {
    }

    /**
     * A printable collection. {@code cases} makes each case's relinked body when the template reaches
     * it, so a collection of thousands of cases never holds all their bodies at once; list contents
     * from {@code toc}, which holds no bodies.
     */
    public record CollectionPage(String title, String kindName, List<CollectionEntry> toc, List<CollectionCase> cases,
            Volume volume, List<Volume> volumes, int total, String dateText) {
    }

    /**
     * What a {@link CollectionPage} is made from, for keeping it from one build to the next: the same
     * fields, each case's body by its fingerprint and its address (its card and anchor are in the contents).
     */
    public record CollectionInputs(String title, String kindName, List<CollectionEntry> toc, List<String> bodies,
            List<String> urls, Volume volume, List<Volume> volumes, int total, String dateText) {
    }

    /** {@code methods} link Word documents only ({@code path} is empty): methods have no printable page. */
    public record CollectionIndex(CollectionLink all, List<CollectionGroup> groups) {
        public CollectionIndex {
            groups = List.copyOf(groups);
        }
    }

    /** One taxonomy's collections; {@code printed} false: Word documents only. */
    public record CollectionGroup(String kind, boolean printed, List<CollectionLink> links) {
        public CollectionGroup {
            links = List.copyOf(links);
        }
    }

    /** The embed pages read their data file and parameters in the browser; see docs/embedding.md. */
    public record EmbedPage(String mode, String dataPath) {
    }
}
