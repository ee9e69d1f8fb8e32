/**
 * The typed {@code casebook.yml}: site settings and the three taxonomies. Every key is known; an
 * unknown key is an error with a did-you-mean, so a typo never passes silently.
 */
package org.casebook.config;
