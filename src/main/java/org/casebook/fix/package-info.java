/**
 * {@code casebook fix}: the mechanical slips that {@code check} recognises, repaired in place. Material
 * pasted from Word (bullets •, numbering 1． and （1）, paragraphs indented by spaces, {@code ##二}),
 * front matter typed on a Chinese keyboard (：，、 and 2024年3月5日) and files saved as GBK or UTF-16.
 * Every repair keeps the line count, so a change is reported on the line the contributor sees; a file
 * is replaced atomically and never when it changed after it was read.
 */
package org.casebook.fix;
