/**
 * Casebook's public API. {@link org.casebook.Casebook} is what the command line, the preview server
 * and an intranet team's own Java code call; {@link org.casebook.Build#run()} reads as the whole
 * pipeline: read, parse, resolve, render, write.
 */
package org.casebook;
