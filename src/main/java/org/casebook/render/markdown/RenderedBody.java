package org.casebook.render.markdown;

import java.util.List;

/**
 * A case body rendered once and reused by its page, the search index and the feeds.
 *
 * @param html        safe HTML of the body
 * @param toc         second- and third-level headings, for the table of contents
 * @param text        the body as plain text, for indexing and snippets
 * @param attachments local files the body links to, to be copied with the site
 */
public record RenderedBody(String html, List<Heading> toc, String text, List<Attachment> attachments) {

    public RenderedBody {
        toc = List.copyOf(toc);
        attachments = List.copyOf(attachments);
    }

    /** A heading of the body: level 2 or 3, its text and its anchor id. */
    public record Heading(int level, String text, String id) {
    }
}
