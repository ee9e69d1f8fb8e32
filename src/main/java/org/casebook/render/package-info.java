/**
 * Rendering: Markdown to safe HTML (once per case, reused by page, index and feeds), and pages
 * from FreeMarker templates fed small view records. The theme's templates, assets and UI strings
 * come from the knowledge base's {@code templates/} first, then from the default theme in the jar.
 */
package org.casebook.render;
