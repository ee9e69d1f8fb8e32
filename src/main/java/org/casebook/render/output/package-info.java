/**
 * Outputs beside the site's own pages: the cross-case pages (coverage matrix and learning pairs,
 * statistics, printable collections with QR codes, embeds), feeds, data files, the sitemap and
 * robots.txt. They write through the page renderer of {@code render.page}, which knows nothing of them.
 *
 * <p>Not part of the public API; a type here is public only where another package of Casebook uses it.
 */
package org.casebook.render.output;
