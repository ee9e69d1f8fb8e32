package org.casebook.engine;

import java.util.Collection;
import java.util.Set;
import org.casebook.config.BuildClock;
import org.casebook.diag.Diagnostics;
import org.casebook.insight.Insight;
import org.casebook.kb.KnowledgeBase;
import org.casebook.io.PageSink;
import org.casebook.render.markdown.RenderedBody;
import org.casebook.render.page.SiteRenderer;
import org.casebook.render.page.Templates;
import org.casebook.render.page.Theme;
import org.casebook.render.page.ViewCache;
import org.casebook.search.PassageMemo;

/**
 * What an output is written from and into: one model, its bodies and cross-case model, the theme,
 * one sink and one collector of diagnostics. The outputs of one context share one page renderer, so
 * that the sitemap lists every page the others wrote.
 */
public final class OutputContext {

    private final Engine.Model model;
    private final Insight insight;
    private final Theme theme;
    private final Templates templates;
    private final PageSink sink;
    private final Diagnostics diags;
    private final String version;
    private final BuildClock clock;
    private final Progress progress;
    private final ViewCache views;
    private final PassageMemo passages;
    private SiteRenderer renderer;

    OutputContext(Engine.Model model, Insight insight, Theme theme, Templates templates, PageSink sink,
            Diagnostics diags, String version, BuildClock clock, Progress progress, PassageMemo passages) {
        this(model, insight, theme, templates, sink, diags, version, clock, progress, new ViewCache(), passages);
    }

    /**
     * A context whose page renderer shares unchanged view objects with earlier ones through
     * {@code views}, and whose search index keeps its snippet passages in {@code passages}.
     */
    public OutputContext(Engine.Model model, Insight insight, Theme theme, Templates templates, PageSink sink,
            Diagnostics diags, String version, BuildClock clock, Progress progress, ViewCache views,
            PassageMemo passages) {
        this.model = model;
        this.insight = insight;
        this.theme = theme;
        this.templates = templates;
        this.sink = sink;
        this.diags = diags;
        this.version = version;
        this.clock = clock;
        this.progress = progress;
        this.views = views;
        this.passages = passages;
    }

    public KnowledgeBase kb() {
        return model.kb().orElseThrow();
    }

    public java.util.Map<String, RenderedBody> bodies() {
        return model.bodies();
    }

    public Insight insight() {
        return insight;
    }

    public Theme theme() {
        return theme;
    }

    public PageSink sink() {
        return sink;
    }

    public Diagnostics diags() {
        return diags;
    }

    public BuildClock clock() {
        return clock;
    }

    /** This Casebook's version, as the generated pages name it. */
    public String version() {
        return version;
    }

    /** This Casebook's version and the fingerprint of its code: part of the inputs of anything kept from the last build. */
    public String codeVersion() {
        return Engine.codeVersion(version);
    }

    /** What the last search index chose its snippet passages from, and where this one leaves its own. */
    public PassageMemo passages() {
        return passages;
    }

    public Progress progress() {
        return progress;
    }

    /** The page renderer all outputs of this context share. */
    public synchronized SiteRenderer renderer() {
        if (renderer == null) {
            renderer = new SiteRenderer(kb(), model.bodies(), insight, theme, templates, sink, diags, version, views);
        }
        return renderer;
    }

    /** Tells the renderer of pages written elsewhere (the preview's), for the sitemap. */
    public OutputContext withPagesWritten(Collection<String> paths) {
        renderer().markWritten(Set.copyOf(paths));
        return this;
    }
}
