package org.casebook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The knowledge-base folder every command takes as its first parameter (a picocli mixin). */
final class KbDirParameter {

    @Parameters(index = "0", arity = "0..1", paramLabel = "KB_DIR", defaultValue = ".",
            description = "Knowledge base folder holding casebook.yml and cases/ (default: current folder).")
    Path kbDir;
}
