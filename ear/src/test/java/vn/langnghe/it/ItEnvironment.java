package vn.langnghe.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Facts about the environment that {@code bin/langnghe it-start} started (ports, Solr, database,
 * passwords), written to {@code target/it/it.properties}, and small HTTP helpers.
 */
final class ItEnvironment {
    private ItEnvironment() {
    }

    private static Properties load() {
        Path file = Path.of(System.getProperty("it.properties", "target/it/it.properties"));
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The integration-test environment was not started: " + file, e);
        }
        return p;
    }

    /** Read afresh each time: the reliability tests restart Solr, which changes its pid. */
    static String get(String key) {
        String v = load().getProperty(key);
        if (v == null) {
            throw new IllegalStateException("missing " + key + " in it.properties");
        }
        return v;
    }

    /** The Payara domain's log (next to it.properties, in the test environment's data directory). */
    static Path serverLog() {
        return Path.of(System.getProperty("it.properties", "target/it/it.properties"))
                .resolveSibling(Path.of("domains", "langnghe", "logs", "server.log"));
    }

    /**
     * Waits until the deployment answers {@code /api/v1/status} (it needs no sign-in and works without
     * Solr, which a test class before may have stopped); fails after two minutes.
     */
    static void awaitDeployment() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(client(), "api/v1/status").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the application did not answer within 120 s");
    }

    static URI base() {
        return URI.create("http://127.0.0.1:" + get("it.http.port") + "/");
    }

    /**
     * The EAR exactly as users deploy it, under a name of this environment's own: Payara's admin upload
     * saves the archive as {@code java.io.tmpdir/<archive name>}, which every server on the machine
     * shares, so two environments deploying {@code langnghe.ear} at once deleted each other's upload
     * ("File source doesn't exist").
     */
    static EnterpriseArchive ear() {
        EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                Path.of(System.getProperty("it.ear", "target/langnghe.ear")).toFile());
        return ShrinkWrap.create(EnterpriseArchive.class, "langnghe-it" + get("it.http.port") + ".ear").merge(built);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSP nonce of a page, as its scripts carry it. */
    static String nonce(Document page) {
        return page.select("script[nonce]").stream().map(s -> s.attr("nonce")).filter(n -> !n.isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no nonce'd script on the page"));
    }

    /**
     * Runs {@code bin/langnghe <args>} on the test environment (stop or start Solr, kill or start
     * Payara); its output goes to {@code target/it-control.log}.
     */
    static void script(String... args) throws IOException, InterruptedException {
        Path launcher = Path.of("..", "bin", "langnghe").toAbsolutePath().normalize();
        String[] cmd = new String[args.length + 1];
        cmd[0] = launcher.toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "it-control.log").toFile())).start();
        String what = "bin/langnghe " + String.join(" ", args);
        if (!p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(what + " did not finish in 300 s");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(what + " failed (see ear/target/it-control.log)");
        }
    }

    /**
     * Signs in through the login page as a browser would (view state included, and the page's CSP nonce,
     * which PrimeFaces' script adds to every form as {@code primefaces.nonce}: without it the postback
     * fails with "CSP nonce mismatch"); 302 means accepted.
     */
    static HttpResponse<String> signIn(HttpClient client, String user, String password)
            throws IOException, InterruptedException {
        Document form = Jsoup.parse(get(client, "login.xhtml").body());
        String viewState = form.selectFirst("input[name=jakarta.faces.ViewState]").val();
        Map<String, String> fields = Map.of(
                "login", "login",
                "login:username", user,
                "login:password", password,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState,
                "primefaces.nonce", nonce(form));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base().resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
