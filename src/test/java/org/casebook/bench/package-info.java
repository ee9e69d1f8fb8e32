/**
 * Benchmarks and the scale test: measured on demand ({@code bench/run.sh}, or the tags {@code bench}
 * and {@code scale}), never in the default test run, and never asserting a time.
 */
package org.casebook.bench;
