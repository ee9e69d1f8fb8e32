/**
 * Writing output, below every stage: where output goes ({@link org.casebook.io.PageSink}), a buffer
 * that encodes a page as UTF-8 while it is written, and the small writers of JSON and XML with the
 * escaping that keeps text safe inside a script element; and why the operating system refused a
 * write, in the reader's words ({@link org.casebook.io.WriteFailure}).
 * Knows nothing of cases, pages or templates.
 *
 * <p>Not part of the public API; a type here is public only where another package of Casebook uses it.
 */
package org.casebook.io;
