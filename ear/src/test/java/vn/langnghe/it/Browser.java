package vn.langnghe.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver, which .ci/run installs), started with
 * a fresh profile and the flags this machine's closed network needs.
 */
final class Browser implements AutoCloseable {
    private final Path profile;
    final WebDriver driver;

    Browser(String language) throws IOException {
        profile = Files.createTempDirectory("langnghe-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver chrome = new ChromeDriver(service, options);
        // before any script of each page: our own, so it runs whatever the page's policy says
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        driver = chrome;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * Installed in every page before its own scripts: records each Content-Security-Policy violation the
     * browser reports, and each alert, confirm or prompt a script opens (and does not open them).
     */
    private static final String WATCH = """
            window.__cspViolations = [];
            window.__dialogs = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
                  + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
            });
            ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
              window[name] = function (m) { window.__dialogs.push(name + ': ' + m); return null; };
            });
            """;

    /**
     * The policy violations this page reported so far, and those Chromium logged since the last call
     * (of this page or a page before it).
     */
    List<String> cspViolations() {
        List<String> found = new ArrayList<>();
        Object recorded = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || []");
        ((List<?>) recorded).forEach(v -> found.add(String.valueOf(v)));
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getMessage().contains("Content Security Policy")) {
                found.add(e.getMessage());
            }
        }
        return found;
    }

    /** Fails when the page, or a page since the last check, broke the Content-Security-Policy. */
    void assertNoCspViolation(String where) {
        List<String> violations = cspViolations();
        if (!violations.isEmpty()) {
            screenshot("csp-violation");
            throw new AssertionError("Content-Security-Policy violated on " + where + ": " + violations);
        }
    }

    /**
     * Without Chromium the browser tests cannot run: they are skipped on a developer's machine that lacks
     * it, and fail in CI, which sets LANGNGHE_REQUIRE_BROWSER=1 after installing it.
     */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(Path.of(System.getProperty("it.chromium", "/usr/bin/chromium")))
                && Files.isExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")));
        if (!present && "1".equals(System.getenv("LANGNGHE_REQUIRE_BROWSER"))) {
            throw new AssertionError("Chromium and chromium-driver are required (apt-get install chromium chromium-driver)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present,
                "browser test skipped: apt-get install chromium chromium-driver to run it");
    }

    void open(String path) {
        driver.get(ItEnvironment.base().resolve(path).toString());
    }

    /** Keeps a picture of what the user saw, for the docs and for failed runs. */
    /**
     * Signs in through the sign-in page as a person would and waits for the signed-in page it leads to
     * (the dashboard, or the password page when the password must be changed first).
     */
    void signIn(String user, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        open("login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")))
                .sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(
                ExpectedConditions.urlContains("/login.xhtml")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topbar:logout")));
    }

    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    /**
     * Ends the browser; every browser test thereby also proves that the last page it saw, and every page
     * since its last check, kept to the Content-Security-Policy.
     */
    public void close() throws IOException {
        List<String> violations;
        try {
            violations = cspViolations();
        } catch (RuntimeException brokenAlready) {
            violations = List.of(); // the test failed with the browser in a bad state: that failure tells
        }
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violated: " + violations);
        }
    }
}
