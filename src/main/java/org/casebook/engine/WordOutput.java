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
        write(ctx, path -> true);
    }

    /** One case's document, or one volume of a collection, made without the others. */
    @Override
    public boolean writeOne(OutputContext ctx, String sitePath) {
        return sitePath.endsWith(".docx") && write(ctx, sitePath::equals) > 0;
    }

    private static int write(OutputContext ctx, java.util.function.Predicate<String> wanted) {
        return WordDocuments.write(ctx.kb(), ctx.bodies(), ctx.renderer()::bodyPrint, ctx.renderer().attachments(),
                ctx.renderer().uiStrings(), ctx.sink(), ctx.diags(), ctx.codeVersion(), wanted);
    }
}
