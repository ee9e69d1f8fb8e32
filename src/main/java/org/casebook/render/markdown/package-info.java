/**
 * Markdown to safe HTML, once per case and reused by the pages, the search index, the feeds and the
 * Word documents: the flexmark extensions (Chinese emphasis, internal passages), link rewriting and
 * its lookups, the HTML cleaner, and {@link org.casebook.render.markdown.RenderedBody}, the stage's
 * product, with the store that holds bodies beyond a memory budget on disk.
 *
 * <p>Knows nothing of pages or templates. Not part of the public API; a type here is public only
 * where another package of Casebook uses it.
 */
package org.casebook.render.markdown;
