package org.casebook.engine;

/** The cross-case pages: coverage matrix, learning pairs, statistics, printable collections, embeds. */
final class LearningOutput implements SiteOutput {

    @Override
    public String name() {
        return "learning";
    }

    @Override
    public void write(OutputContext ctx) {
        ctx.renderer().renderLearning();
    }
}
