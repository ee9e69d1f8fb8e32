/**
 * The controlled vocabulary: the park, theme and method terms of {@code casebook.yml}, their
 * aliases, lookup of what contributors write, and did-you-mean suggestions for what they mistype.
 */
package org.casebook.taxonomy;
