package org.casebook.engine;

/** The site's pages, rendered from the page plan (case pages planned as they are rendered, to bound memory). */
final class PagesOutput implements SiteOutput {

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public Delivery delivery() {
        return Delivery.EVERY_CHANGE;
    }

    @Override
    public boolean templated() {
        return true;
    }

    @Override
    public void write(OutputContext ctx) {
        ctx.renderer().renderSite(n -> ctx.progress().stage("pages", n), ctx.progress()::advance, ctx.codeVersion());
    }
}
