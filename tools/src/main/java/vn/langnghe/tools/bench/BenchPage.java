package vn.langnghe.tools.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How fast a page of a running Lắng Nghe is ready in a real browser: headless Chromium (Debian's chromium and
 * chromium-driver, as the browser tests use) signs in, then loads each page a few times to warm up and
 * {@value #DEFAULT_LOADS} times measured, reading the Navigation Timing entry of each load
 * ({@code domContentLoadedEventEnd} and {@code loadEventEnd}, ms from the start of the navigation). The HTTP
 * status of each page is checked: a page that answers 404 (not built yet) or sends the browser back to the
 * sign-in is reported as such, not timed.
 *
 * <p>Arguments: {@code <base URL> <username> [loads] [path ...]}; the password comes from the environment
 * ({@code LANGNGHE_BENCH_PASSWORD}), so that it is not on a command line. The default paths are searches.
 */
public final class BenchPage {
    static final int DEFAULT_LOADS = 20;
    static final int WARM_UP_LOADS = 3;
    static final double GOAL_DCL_MS = 1500;
    /** What the search page's URL state looks like: words, a filter, an order. */
    static final List<String> DEFAULT_PATHS = List.of("search?q=ng%E1%BA%ADp", "search?q=ket+xe&f=sentiment:negative",
            "search?f=topic:flooding&sort=newest", "search?q=%22r%C3%A1c+th%E1%BA%A3i%22&from=30d");
    private static final String TIMING = "const n = performance.getEntriesByType('navigation')[0];"
            + " return n ? [n.domContentLoadedEventEnd, n.loadEventEnd, n.responseStatus || 0, location.pathname] : null;";

    private BenchPage() {
    }

    /** One measured load: milliseconds from the navigation's start, the HTTP status, where the browser ended. */
    record Load(double domContentLoaded, double loaded, int status, String path) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BenchPage <base URL> <username> [loads] [path ...] (password in LANGNGHE_BENCH_PASSWORD)");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String password = System.getenv("LANGNGHE_BENCH_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("LANGNGHE_BENCH_PASSWORD is not set");
            System.exit(2);
        }
        int loads = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_LOADS;
        List<String> paths = args.length > 3 ? List.of(args).subList(3, args.length) : DEFAULT_PATHS;

        Path profile = Files.createTempDirectory("langnghe-bench-chromium");
        ChromeDriver chrome = chromium(profile);
        boolean allMet = true;
        try {
            signIn(chrome, base, args[1], password);
            System.out.printf(Locale.ROOT, "signed in at %s as %s; %d warm-up and %d measured loads per page%n%n", base,
                    args[1], WARM_UP_LOADS, loads);
            System.out.printf(Locale.ROOT, "%-50s %9s %9s %9s %9s  %s%n", "page", "DCL p50", "DCL p95", "load p50",
                    "load p95", "goal DCL p95 <= 1.5 s");
            for (String path : paths) {
                String url = base.resolve(path).toString();
                List<Load> measured = new ArrayList<>();
                Load last = null;
                for (int i = 0; i < WARM_UP_LOADS + loads; i++) {
                    last = load(chrome, url);
                    if (last.status() != 200 || last.path().endsWith("login.xhtml")) {
                        break;
                    }
                    if (i >= WARM_UP_LOADS) {
                        measured.add(last);
                    }
                }
                if (measured.size() < loads) {
                    System.out.printf(Locale.ROOT, "%-50s not timed: HTTP %d at %s%n", path, last.status(), last.path());
                    allMet = false;
                    continue;
                }
                Latencies dcl = new Latencies(measured.stream().map(l -> millisAsNanos(l.domContentLoaded())).toList());
                Latencies done = new Latencies(measured.stream().map(l -> millisAsNanos(l.loaded())).toList());
                boolean met = dcl.p95() <= GOAL_DCL_MS;
                allMet &= met;
                System.out.printf(Locale.ROOT, "%-50s %9.0f %9.0f %9.0f %9.0f  %s%n", path, dcl.p50(), dcl.p95(),
                        done.p50(), done.p95(), met ? "MET" : "NOT MET");
            }
        } finally {
            chrome.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf(Locale.ROOT, "%nms from the start of each navigation (Navigation Timing); %s%n",
                allMet ? "every page met the goal" : "NOT every page met the goal");
    }

    private static long millisAsNanos(double ms) {
        return Math.round(ms * 1e6);
    }

    /** The browser tests' Chromium: headless, fresh profile, no background traffic, 1280 px wide. */
    static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("bench.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("bench.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    private static void signIn(ChromeDriver chrome, URI base, String user, String password) {
        chrome.get(base.resolve("login.xhtml").toString());
        chrome.findElement(By.id("login:username")).sendKeys(user);
        chrome.findElement(By.id("login:password")).sendKeys(password);
        chrome.findElement(By.id("login:submit")).click();
        new WebDriverWait(chrome, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("login.xhtml")
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        if (chrome.getCurrentUrl().contains("login.xhtml")) {
            throw new IllegalStateException("signing in as " + user + " failed");
        }
    }

    /** Loads the page (the driver returns once it has loaded) and reads its navigation entry. */
    static Load load(ChromeDriver chrome, String url) {
        chrome.get(url);
        Object v = ((JavascriptExecutor) chrome).executeScript(TIMING);
        if (!(v instanceof List<?> t) || t.size() < 4) {
            return new Load(0, 0, 0, String.valueOf(chrome.getCurrentUrl()));
        }
        return new Load(number(t.get(0)), number(t.get(1)), (int) number(t.get(2)), String.valueOf(t.get(3)));
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }
}
