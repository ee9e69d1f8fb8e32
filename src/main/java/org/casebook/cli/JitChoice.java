package org.casebook.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.cases.SourceReader;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;

/**
 * Which JIT a build runs with. The launchers start the JVM with C1 only ({@code -XX:TieredStopAtLevel=1}):
 * a build of up to some ten thousand cases is over before C2's compilations pay for themselves (paired
 * runs at 10,000 cases: C2 took 1.10× the wall time). A large knowledge base is the other way
 * round (30,000 cases: C2 took about 0.83×; 100,000: 0.60×), so a build of one starts itself again with the JVM's full
 * tiered compilation, once, before it has read anything. Only the launchers' own setting is replaced:
 * a {@code TieredStopAtLevel} given in {@code CASEBOOK_JAVA_OPTS} (a second one on the command line)
 * is left alone, as is a JVM started any other way.
 */
final class JitChoice {

    /** Case files from which C2 is worth it: measured so at 30,000 (0.83×), not at 10,000 (1.10×). */
    static final int LARGE = 30_000;
    /** Set in the build started again, so it never starts itself a third time. */
    static final String CHOSEN = "CASEBOOK_JIT_CHOSEN";
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private JitChoice() {
    }

    /**
     * Runs the build again with full tiered compilation when the knowledge base is large and the JVM
     * runs with the launchers' C1-only setting; returns the exit code of that build, or empty to go on
     * in this JVM.
     */
    static Optional<Integer> relaunchIfLarge(Path kbDir, List<String> args, boolean chosenAlready) {
        // the JVM's arguments last: the management classes cost a cold start ~10 ms, the listing less
        if (chosenAlready || caseFiles(kbDir) < threshold()) {
            return Optional.empty();
        }
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!launcherChoseC1(jvm)) {
            return Optional.empty();
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder child = new ProcessBuilder(command(java, jvm, System.getProperty("java.class.path"), args))
                .inheritIO();
        child.environment().put(CHOSEN, "tiered");
        try {
            return Optional.of(child.start().waitFor());
        } catch (IOException e) {
            return Optional.empty(); // no second JVM to be had: build here, only slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** The JIT this JVM runs with, for {@code build --timings}: {@code c1} or {@code tiered}. */
    static String current() {
        List<String> levels = levels(ManagementFactory.getRuntimeMXBean().getInputArguments());
        return !levels.isEmpty() && levels.get(levels.size() - 1).equals(C1_ONLY) ? "c1" : "tiered";
    }

    /** Whether the only JIT setting on the JVM's command line is the launchers' C1-only one. */
    static boolean launcherChoseC1(List<String> jvmArgs) {
        return levels(jvmArgs).equals(List.of(C1_ONLY));
    }

    /** The JIT level options of a JVM command line, in order (the last one wins). */
    private static List<String> levels(List<String> jvmArgs) {
        return jvmArgs.stream().filter(a -> a.startsWith("-XX:TieredStopAtLevel=")).toList();
    }

    /**
     * The command of the build started again: the same JVM options but the C1-only setting and the
     * class-data archive's writing (the first run of a launcher writes it; the parent still does),
     * the same class path, main class and arguments.
     */
    static List<String> command(String java, List<String> jvmArgs, String classPath, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        jvmArgs.stream().filter(a -> !a.equals(C1_ONLY) && !a.startsWith("-XX:ArchiveClassesAtExit=")).forEach(cmd::add);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        cmd.addAll(args);
        return cmd;
    }

    /**
     * The case files the build will read: the read stage's own list (hidden folders and links left
     * out). Its problems are the build's to report; here they only mean fewer files.
     */
    static long caseFiles(Path kbDir) {
        return new SourceReader(kbDir, new Diagnostics(Messages.forLanguage("en"))).list().size();
    }

    /** {@link #LARGE}, or the test suite's own size ({@code -Dcasebook.jit.large=N}). */
    private static int threshold() {
        return Integer.getInteger("casebook.jit.large", LARGE);
    }
}
