package org.casebook.engine;

import org.casebook.render.output.LearningPages;

/** The cross-case pages: coverage matrix, learning pairs, statistics, printable collections, embeds. */
final class LearningOutput implements SiteOutput {

    @Override
    public String name() {
        return "learning";
    }

    @Override
    public boolean templated() {
        return true;
    }

    @Override
    public void write(OutputContext ctx) {
        new LearningPages(ctx.renderer(), ctx.kb(), ctx.insight(), ctx.codeVersion()).renderAll();
    }
}
