package org.casebook.render.markdown;

import java.nio.file.Path;

/** A file beside a case (an image, a PDF) that the case links to, and where the site keeps it. */
public record Attachment(Path source, String sitePath) {
}
