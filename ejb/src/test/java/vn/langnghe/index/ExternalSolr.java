package vn.langnghe.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Solr started by the project's launcher in its own JVM, as in production, for tests that must not
 * share a JVM (and its thread pools) with the server. Closing it stops the process.
 */
public final class ExternalSolr implements AutoCloseable {
    private final Process process;
    private final List<String> baseUrls;

    private ExternalSolr(Process process, List<String> baseUrls) {
        this.process = process;
        this.baseUrls = baseUrls;
    }

    /** Starts {@code SolrLauncher <mode> --home <temp> --port 0 [args]} and waits for its READY line. */
    public static ExternalSolr start(String mode, String... args) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("langnghe-solr-" + mode);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dsolr.log.dir=" + home.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), "vn.langnghe.solr.SolrLauncher",
                mode, "--home", home.toString(), "--port", "0"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(home.resolve("launcher.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("SOLR READY ")) {
                    String urls = line.substring("SOLR READY ".length() + mode.length() + 1);
                    return new ExternalSolr(p, List.of(urls.split(",")));
                }
            }
            throw new IOException("Solr launcher ended without READY: " + Files.readString(home.resolve("launcher.err")));
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw e;
        }
    }

    public List<String> baseUrls() {
        return baseUrls;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
