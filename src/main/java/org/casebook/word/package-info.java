/**
 * Collections (汇编) and single cases as Word documents (.docx), laid out after the conventions of
 * Chinese official documents (GB/T 9704): A4, 仿宋 三号 body, 黑体 titles, page numbers at the foot,
 * a cover, a table-of-contents field Word and WPS fill with page numbers, each case on a new page.
 * {@link org.casebook.word.WordDocuments} is the one entry point; the engine's output {@code word}
 * calls it with the output's {@link org.casebook.io.PageSink}.
 */
package org.casebook.word;
