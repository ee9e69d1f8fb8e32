package org.casebook.engine;

/**
 * Something written into the site from the model: pages, attachments, the theme's assets, the
 * cross-case pages, feeds and data files, the search index… One class each, registered in
 * {@link Outputs#ALL}. A build writes them all in that order; the preview writes the
 * {@linkplain Delivery#EVERY_CHANGE per-change} ones after each save and renders the others when a
 * reader first asks for one of their files.
 */
public interface SiteOutput {

    /** How the preview delivers an output. */
    enum Delivery {
        /** Brought up to date by the preview after every change (pages, attachments, assets). */
        EVERY_CHANGE,
        /** Rendered on demand, in its {@link #group()}, when one of its files is first asked for. */
        ON_DEMAND
    }

    /** The stage name in timings and progress, e.g. {@code pages}. */
    String name();

    /** Outputs of one group are rendered together, in registry order, by the preview. */
    default String group() {
        return name();
    }

    default Delivery delivery() {
        return Delivery.ON_DEMAND;
    }

    /**
     * Whether this output renders the theme's templates: {@code check} renders such outputs into
     * nothing when the knowledge base has templates of its own, since a template's mistake shows
     * only when a page is rendered with it.
     */
    default boolean templated() {
        return false;
    }

    /** Writes this output into the context's sink; problems are reported to its diagnostics, never thrown. */
    void write(OutputContext ctx);

    /**
     * Writes only the file at {@code sitePath}, byte for byte as {@link #write} would, when this output
     * can make that one file on its own; returns whether it wrote it. The preview asks this first when
     * a reader requests a file of a group not yet rendered, so one case's Word document does not wait
     * for every other one. This default makes no file alone.
     */
    default boolean writeOne(OutputContext ctx, String sitePath) {
        return false;
    }
}
