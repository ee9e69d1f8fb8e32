/**
 * Whole-pipeline security tests: the hostile fixture knowledge bases and their expected outcomes,
 * property tests feeding random input to {@code Casebook.build()}, and the browser tripwire that
 * proves no injected script runs on a built page.
 */
package org.casebook.security;
