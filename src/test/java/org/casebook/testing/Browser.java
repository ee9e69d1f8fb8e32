package org.casebook.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests, from the system packages ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); nothing is downloaded. Where Chromium is missing the test is
 * skipped with the install command, except under CI ({@code CI=true}), where it fails instead.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("casebook.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("casebook.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Skips (or under CI fails) the calling test when Chromium is not installed. */
    public static void assumeAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String message = "Browser tests need Chromium: sudo apt-get install -y chromium chromium-driver"
                + " (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " — CI must run browser tests, never skip them");
        }
        Assumptions.assumeTrue(false, message);
    }

    /**
     * A fresh headless Chromium with its own empty profile; quit it when done, which also deletes the
     * profile (a few megabytes a browser: a suite that left them filled the temporary folder).
     */
    public static ChromeDriver start() throws IOException {
        assumeAvailable();
        Path profile = newProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--allow-file-access-from-files", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    deleteProfile(profile);
                }
            }
        };
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** An empty profile folder for one Chromium; {@link #deleteProfile} it once the browser has quit. */
    public static Path newProfile() throws IOException {
        return Files.createTempDirectory("casebook-chromium-");
    }

    /** Deletes a profile folder and everything Chromium left in it; what cannot be deleted is left. */
    public static void deleteProfile(Path profile) {
        try (Stream<Path> walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left behind costs disk space, not a test result
        }
    }
}
