/**
 * Full-text search that needs no server: a Chinese-aware tokenizer (mirrored line for line by the
 * browser client in {@code templates/assets/search.js}), and a sharded static index built from the
 * model — never scraped from HTML — that the client loads with {@code <script>} tags so search works
 * from a web server, under a sub-path and from {@code file://}.
 */
package org.casebook.search;
