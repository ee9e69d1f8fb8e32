/**
 * {@code casebook import}: a Word document (.docx, read with Apache POI) made into a case file. The
 * body becomes Markdown (headings by style and by the numbering of official documents, lists, tables,
 * footnotes, links, images beside the case); the front matter is proposed from the document (title,
 * date, the unit of the signature block, terms of the vocabulary named in the text, a slug from the
 * title's pinyin) and confirmed by the contributor or given as options.
 */
package org.casebook.importer;
