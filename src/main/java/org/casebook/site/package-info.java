/**
 * Output: the build writes into a sibling staging folder and swaps it in only when everything
 * succeeded, so a failed build leaves the previous site byte-identical. Only folders the tool made
 * (they carry a marker file) are ever replaced or deleted, and deletion never follows links.
 */
package org.casebook.site;
