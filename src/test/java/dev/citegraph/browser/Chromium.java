package dev.citegraph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver), driven by Selenium.
 * Both paths are given explicitly, so Selenium Manager never looks for, or downloads, a browser.
 * A missing Chromium fails the test: CI installs it, and a page test that skips proves nothing.
 */
public final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("citegraph.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("citegraph.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    public final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    public static Chromium start() {
        for (Path needed : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the page tests need headless Chromium. Install it with "
                        + "'apt-get install -y chromium chromium-driver' (.ci/run does).");
            }
        }
        // Selenium warns that it has no DevTools bindings for this Chromium; the tests use none.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        try {
            Path profile = Files.createTempDirectory("citegraph-chromium-");
            ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--window-size=1400,1000");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            return new Chromium(profile, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Saves what the window shows, for a person to look at after the build. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For a static {@code @RegisterExtension} field: one Chromium for the test class, started
     * before its first test and closed after its last; when a test fails, what the page showed is
     * saved as failed-&lt;test&gt;.png, and when it passes such a picture left by an earlier run is removed.
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback, TestWatcher {

        private Chromium chromium;

        /** The class's Chromium (started by the time any test runs). */
        public Chromium get() {
            return chromium;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            chromium = start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (chromium != null) {
                chromium.close();
                chromium = null;
            }
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (chromium != null) {
                chromium.screenshot(name(context));
            }
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            try {
                Files.deleteIfExists(SCREENSHOTS.resolve(name(context)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String name(ExtensionContext context) {
            return "failed-" + context.getRequiredTestMethod().getName() + ".png";
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                FileSystemUtils.deleteRecursively(profile);
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
