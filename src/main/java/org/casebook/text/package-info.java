/**
 * Plain facts about Chinese text shared by several stages: the character → pinyin table (slugs of
 * imported cases, typo-tolerant search).
 */
package org.casebook.text;
