package org.casebook.diag;

/** How bad a diagnostic is: errors stop a build, warnings only fail {@code check --strict}. */
public enum Severity {
    ERROR,
    WARNING
}
