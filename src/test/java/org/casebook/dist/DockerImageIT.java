package org.casebook.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the image from the Dockerfile and builds a knowledge base with it, where a Docker engine
 * answers. Without one (only the client installed, or no daemon running, as on the project's build
 * machines) the test is skipped, saying so: under CI as well, since nothing in the project can start an
 * engine, and the image's contents are checked by {@link #theDockerfileShipsTheJarOnlyAsANonRootUser()}
 * everywhere.
 */
class DockerImageIT {

    private static final String TAG = "casebook-it:" + System.getProperty("casebook.version", "test");

    @TempDir
    Path dir;

    record Run(int code, String out) {
    }

    private static Run run(List<String> command, int minutes) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Run(-1, "timed out: " + command);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The engine's version, or why there is none; the test is skipped then, with the reason. */
    private static void assumeEngine() throws InterruptedException {
        Run version;
        try {
            version = run(List.of("docker", "version", "--format", "{{.Server.Version}}"), 1);
        } catch (IOException e) {
            version = new Run(-1, "the docker command is not installed (" + e.getMessage() + ")");
        }
        String reason = version.out().strip();
        Assumptions.assumeTrue(version.code() == 0 && !reason.isEmpty(),
                "No Docker engine reachable from this machine, so the image is not built here: " + reason
                        + " — on a machine with a running Docker engine this test builds the image and runs it");
    }

    @Test
    void theDockerfileShipsTheJarOnlyAsANonRootUser() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
        List<String> instructions = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank() && !l.startsWith("#") && !l.startsWith(" ")) {
                instructions.add(l);
            }
        }
        assertEquals("FROM eclipse-temurin:17-jre", instructions.get(0), "a maintained Java 17 runtime image");
        assertEquals(List.of("COPY target/casebook.jar /opt/casebook/casebook.jar"),
                instructions.stream().filter(l -> l.startsWith("COPY") || l.startsWith("ADD")).toList(),
                "the jar and nothing else");
        String user = instructions.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertNotEquals("USER root", user);
        assertTrue(user.matches("USER [1-9]\\d*:[1-9]\\d*"), user);
        assertTrue(instructions.contains("ENTRYPOINT [\"java\", \"-XX:TieredStopAtLevel=1\", \"-XX:+UseSerialGC\","
                + " \"-Dfile.encoding=UTF-8\", \"-jar\", \"/opt/casebook/casebook.jar\"]"), instructions.toString());
        assertTrue(instructions.contains("CMD [\"build\", \"/kb\"]"), instructions.toString());
        assertTrue(instructions.stream().noneMatch(l -> l.contains("mvn") || l.contains("maven")), "no Maven in the image");
        assertEquals(List.of("*", "!target/casebook.jar"),
                Files.readAllLines(Path.of(".dockerignore")).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList(),
                "the build context is the jar only");
    }

    @Test
    void buildsTheImageAndAKnowledgeBaseWithIt() throws Exception {
        assumeEngine();
        Run build = run(List.of("docker", "build", "--pull", "-t", TAG, "."), 15);
        assertEquals(0, build.code(), build.out());
        try {
            Run user = run(List.of("docker", "image", "inspect", "--format", "{{.Config.User}}", TAG), 1);
            assertEquals("10001:10001", user.out().strip());
            TestKb kb = TestKb.create(dir.resolve("kb"));
            kb.addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
            // the container's user writes site/ into the mounted folder
            Files.setPosixFilePermissions(kb.dir(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
            Run site = run(List.of("docker", "run", "--rm", "-v", kb.dir().toAbsolutePath() + ":/kb", TAG), 5);
            assertEquals(0, site.code(), site.out());
            assertTrue(Files.isRegularFile(kb.dir().resolve("site/index.html")), site.out());
            assertTrue(Files.isRegularFile(kb.dir().resolve("site/cases/chain/index.html")), site.out());
        } finally {
            run(List.of("docker", "image", "rm", "-f", TAG), 1);
        }
    }
}
