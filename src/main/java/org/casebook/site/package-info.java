/**
 * Output: the build writes into a sibling staging folder and swaps it in only when everything
 * succeeded, so a failed build leaves the previous site byte-identical. Only folders the tool made
 * (they carry a marker file) are ever replaced or deleted, and deletion never follows links.
 * The preview ({@code casebook serve}) is the other kind of output: {@link org.casebook.site.LiveSite}
 * keeps the site in memory and rebuilds only what a change affects, {@link org.casebook.site.Preview}
 * serves it on loopback, watches the sources and tells open pages to reload or to show the problems.
 */
package org.casebook.site;
