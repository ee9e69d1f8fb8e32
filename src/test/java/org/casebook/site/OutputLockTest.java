package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.SiteTree;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build at a time per output folder: overlapping jobs must not leave half a site behind a success. */
class OutputLockTest {

    @TempDir
    Path temp;

    @Test
    void aBuildIntoAFolderAnotherBuildIsWritingIsRefusedAndTheSiteStaysAsItWas() throws IOException {
        TestKb kb = TestKb.create(temp.resolve("kb")).addCase("a", "案例一", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        Path out = temp.resolve("site");
        assertTrue(Casebook.at(kb.dir()).output(out).build().ok());
        var before = SiteTree.hashes(out);
        kb.addCase("b", "案例二", "洋浦", "组织建设", "经验介绍", "2024-03-16");

        try (OutputLock other = OutputLock.tryAcquire(out).orElseThrow()) {
            BuildResult refused = Casebook.at(kb.dir()).output(out).build();
            assertFalse(refused.ok());
            assertEquals(List.of("io.busy"), refused.diagnostics().stream().map(Diagnostic::code).toList());
            assertEquals(before, SiteTree.hashes(out));
            // a check writes nothing, so it does not wait for the folder
            assertTrue(Casebook.at(kb.dir()).output(out).check().ok());
        }
        assertFalse(Files.exists(OutputLock.fileFor(out)), "the lock file goes with the build that held it");
        assertTrue(Casebook.at(kb.dir()).output(out).build().ok());
        assertTrue(Files.isRegularFile(out.resolve("cases/b/index.html")));
    }

    @Test
    void aLockHeldByAnotherProcessIsSeenAndGoesWithIt() throws Exception {
        Path out = temp.resolve("site");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", said.readLine());
            assertEquals(Optional.empty(), OutputLock.tryAcquire(out).map(l -> "acquired"));
        } finally {
            holder.getOutputStream().close(); // the holder waits for its input to end
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (OutputLock mine = OutputLock.tryAcquire(out).orElseThrow()) {
            assertTrue(Files.exists(OutputLock.fileFor(out)));
        }
    }

    /** Another build: holds the lock of the folder it is given until its input ends. */
    public static final class LockHolder {
        public static void main(String[] args) throws IOException {
            try (OutputLock lock = OutputLock.tryAcquire(Path.of(args[0])).orElseThrow()) {
                System.out.println("held");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait
                }
            }
        }
    }
}
