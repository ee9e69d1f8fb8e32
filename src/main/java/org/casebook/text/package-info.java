/**
 * Plain facts about text shared by several stages: strict UTF-8 decoding with the line of the first
 * bad byte (case files, {@code casebook.yml}), and the character → pinyin table (slugs of imported
 * cases, typo-tolerant search).
 */
package org.casebook.text;
