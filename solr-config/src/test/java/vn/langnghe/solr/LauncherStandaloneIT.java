package vn.langnghe.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone launcher: persistence across restarts, and the command-line contract. */
class LauncherStandaloneIT {

  @Test
  void restartOnTheSameHomeKeepsTheCoreAndItsData(@TempDir Path home) throws Exception {
    SolrLauncher.Options options = SolrLauncher.Options.standalone(home, 0);
    try (RunningSolr solr = SolrLauncher.startStandalone(options);
        SolrClient client = SolrTestSupport.client(solr)) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField("id", "facebook:persist");
      doc.addField("text", "Dữ liệu còn sau khi khởi động lại");
      client.add(doc);
      client.commit();
    }
    assertTrue(Files.exists(home.resolve("posts/core.properties")));
    try (RunningSolr solr = SolrLauncher.startStandalone(options);
        SolrClient client = SolrTestSupport.client(solr)) {
      assertEquals(1, client.query(new SolrQuery("id:\"facebook:persist\"")).getResults().getNumFound());
      assertEquals(1, client.query(new SolrQuery("du lieu con")).getResults().getNumFound());
    }
  }

  @Test
  void mainPrintsReadyWritesPidAndStopsOnSigterm(@TempDir Path home) throws Exception {
    int port = SolrTestSupport.freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
            SolrLauncher.class.getName(), "standalone", "--home", home.toString(),
            "--port", Integer.toString(port));
    builder.redirectError(home.resolveSibling(home.getFileName() + "-stderr.txt").toFile());
    Process process = builder.start();
    try {
      BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = lines.readLine()) != null; ) {
                    stdout.add(line);
                  }
                } catch (Exception ignored) {
                  // the process went away
                }
              },
              "launcher-stdout");
      reader.setDaemon(true);
      reader.start();

      String ready = stdout.poll(90, TimeUnit.SECONDS);
      String baseUrl = "http://127.0.0.1:" + port + "/solr";
      assertEquals("SOLR READY standalone " + baseUrl, ready);
      assertEquals(
          Long.toString(process.pid()), Files.readString(home.resolve("solr.pid")).strip(),
          "pid file holds the launcher's own JVM");
      assertTrue(process.pid() != ProcessHandle.current().pid());
      try (SolrClient client = SolrTestSupport.client(baseUrl)) {
        assertEquals(0, client.query(new SolrQuery("*:*")).getStatus());
      }
      assertTrue(Files.exists(home.resolve("logs/solr.log")));

      process.destroy(); // SIGTERM
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stops on SIGTERM");
      assertFalse(Files.exists(home.resolve("solr.pid")), "pid file removed");
      assertEquals(List.of(), List.copyOf(stdout), "nothing but the READY line on stdout");
      assertNotNull(ready);
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
