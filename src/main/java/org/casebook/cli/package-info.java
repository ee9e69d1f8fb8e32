/** The command line: a thin picocli shell over {@link org.casebook.Casebook}. */
package org.casebook.cli;
