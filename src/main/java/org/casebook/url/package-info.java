/**
 * Which URLs may reach a page. Configuration, front matter and Markdown bodies all carry URLs
 * written by people; one policy, below every stage that reads them, decides which schemes are safe.
 */
package org.casebook.url;
