/**
 * Pages: FreeMarker templates fed small view records, the theme, where each page lives
 * ({@link org.casebook.render.page.SitePaths}) and the renderer that plans and writes the site's own
 * pages (home, cases, listings, taxonomy and term pages, guide, search, 404, redirects). The theme's
 * templates, assets and UI strings come from the knowledge base's {@code templates/} first, then from
 * the default theme in the jar.
 *
 * <p>Not part of the public API (that is {@code org.casebook} and {@code org.casebook.diag}, as the
 * README documents; the javadoc jar holds only those). A type here is public only where another
 * package of Casebook uses it, and {@link org.casebook.render.page.Views} and
 * {@link org.casebook.render.page.LearningViews} because templates read their records by reflection, which
 * needs public types; helpers only this package uses are package-private.
 */
package org.casebook.render.page;
