package org.casebook.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.casebook.diag.SourcePos;
import org.casebook.search.SearchIndexBuilder;
import org.casebook.search.SearchIndexWriter;
import org.casebook.search.Tokenizer;
import org.casebook.search.TraditionalFolding;

/** The search index: the entry file and its lazily loaded shards under {@code search/}. */
final class SearchIndexOutput implements SiteOutput {

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String group() {
        return "search";
    }

    @Override
    public void write(OutputContext ctx) {
        TraditionalFolding folding = TraditionalFolding.standard();
        try {
            new SearchIndexWriter(ctx.sink(), ctx.version()).write(new SearchIndexBuilder(new Tokenizer(folding))
                    .build(ctx.kb(), ctx.bodies(), ctx.renderer()::kindName, ctx.passages()), folding);
        } catch (IOException e) {
            org.casebook.io.WriteFailure.report(ctx.diags(), "search/", e);
        } catch (UncheckedIOException e) {
            org.casebook.io.WriteFailure.report(ctx.diags(), "search/", e.getCause());
        }
    }
}
