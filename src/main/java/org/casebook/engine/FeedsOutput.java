package org.casebook.engine;

import org.casebook.render.output.DataOutputs;

/**
 * Feeds, data files and crawler files. In the preview it is rendered with the cross-case pages
 * (their group), because the sitemap lists those pages.
 */
final class FeedsOutput implements SiteOutput {

    @Override
    public String name() {
        return "feeds";
    }

    @Override
    public String group() {
        return "learning";
    }

    @Override
    public void write(OutputContext ctx) {
        DataOutputs.write(ctx.renderer(), ctx.kb(), ctx.insight());
    }
}
