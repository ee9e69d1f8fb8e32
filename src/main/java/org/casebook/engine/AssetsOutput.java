package org.casebook.engine;

/** The theme's static files (style sheet, scripts, icons), from the knowledge base's templates or the default theme. */
final class AssetsOutput implements SiteOutput {

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public Delivery delivery() {
        return Delivery.EVERY_CHANGE;
    }

    @Override
    public void write(OutputContext ctx) {
        ctx.renderer().copyAssets();
    }
}
