package org.casebook.engine;

import org.casebook.word.WordDocuments;

/**
 * Every case and every collection as a Word document. A group of its own in the preview: a reader
 * who never downloads one never waits for them.
 */
final class WordOutput implements SiteOutput {

    @Override
    public String name() {
        return "word";
    }

    @Override
    public void write(OutputContext ctx) {
        WordDocuments.write(ctx.kb(), ctx.bodies(), ctx.renderer()::bodyPrint, ctx.renderer().attachments(),
                ctx.renderer().uiStrings(), ctx.sink(), ctx.diags(), ctx.codeVersion());
    }
}
