/**
 * Diagnostics: every problem a user can meet, with file, line, column, severity, message and hint.
 * Stages collect them in a {@link org.casebook.diag.Diagnostics} sink instead of throwing, so one run
 * reports every problem, and a caller decides what an error means (a failed build, a red overlay).
 */
package org.casebook.diag;
