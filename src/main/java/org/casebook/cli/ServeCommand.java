package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.casebook.Casebook;
import org.casebook.config.ConfigLoader;
import org.casebook.diag.DiagnosticFormatter;
import org.casebook.diag.Messages;
import org.casebook.site.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Previews the site from memory; pages reload when a source is saved.",
        description = {"Builds the site in memory and serves it for preview; pages reload when a source is saved,",
            "and problems are shown in the browser. Nothing is written to disk."})
final class ServeCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    KbDirParameter kb;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; the next free one is taken when it is in use. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only).")
    String host;

    @Option(names = "--drafts", description = "Show cases marked draft: true (with a draft badge).")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(kb.kbDir));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiagnosticFormatter formatter = new DiagnosticFormatter(messages);
        PreviewConsole console = new PreviewConsole(messages, out, err);
        Preview preview;
        try {
            preview = Preview.start(kb.kbDir, host, port, drafts, Casebook.version(), main.clock(), console::report);
        } catch (java.net.BindException e) {
            err.println(formatter.format(new org.casebook.diag.Diagnostic(org.casebook.diag.SourcePos.of("--port"),
                    org.casebook.diag.Severity.ERROR, "serve.no-port",
                    messages.format("serve.no-port", port, port + Preview.PORT_TRIES - 1),
                    messages.format("serve.no-port.hint"))));
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println(messages.format("serve.bad-host", host, e.getMessage()));
            return 2;
        }
        preview.onDemandProblems(console::reportOnDemand);
        out.println(messages.format("serve.listening", preview.url()));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println(messages.format("serve.stopped"));
            out.flush();
            stopped.countDown();
        }, "casebook-stop"));
        stopped.await();
        return 0;
    }
}
