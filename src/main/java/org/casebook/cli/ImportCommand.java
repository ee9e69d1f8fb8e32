package org.casebook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports a Word document (.docx) as a case.")
final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
