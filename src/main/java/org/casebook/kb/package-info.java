/**
 * The knowledge base as one immutable, sorted, validated model: published cases with their terms
 * resolved to the vocabulary, and the term-to-cases index every listing is made from. No I/O.
 */
package org.casebook.kb;
