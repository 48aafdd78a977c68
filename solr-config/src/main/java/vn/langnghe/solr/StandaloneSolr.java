package vn.langnghe.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Standalone Solr: one Jetty on the Solr home, core {@code posts} created from the configset copied
 * to {@code home/configsets/posts}. The core lives in {@code home/posts} (core.properties + data),
 * so a restart on the same home finds it again through core discovery.
 */
final class StandaloneSolr implements RunningSolr {

  /** Written once; edit it in the home to tune the node (it is not overwritten). */
  static final String SOLR_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- Written by vn.langnghe.solr.SolrLauncher (standalone); kept across restarts. -->
      <solr>
        <!-- configsets/posts is refreshed from the launcher's configset at every start -->
        <str name="configSetBaseDir">${configSetBaseDir:configsets}</str>
        <str name="coreRootDirectory">${coreRootDirectory:.}</str>
        <str name="allowPaths">${solr.allowPaths:}</str>
        <int name="maxBooleanClauses">${solr.max.booleanClauses:1024}</int>
        <shardHandlerFactory name="shardHandlerFactory" class="HttpShardHandlerFactory">
          <int name="socketTimeout">${socketTimeout:600000}</int>
          <int name="connTimeout">${connTimeout:60000}</int>
        </shardHandlerFactory>
        <!-- metrics cost CPU on a small machine; -DmetricsEnabled=true turns them on -->
        <metrics enabled="${metricsEnabled:false}"/>
      </solr>
      """;

  private final JettySolrRunner jetty;
  private final Path home;
  private final String baseUrl;

  private StandaloneSolr(JettySolrRunner jetty, Path home, String baseUrl) {
    this.jetty = jetty;
    this.home = home;
    this.baseUrl = baseUrl;
  }

  static StandaloneSolr start(SolrLauncher.Options options) throws Exception {
    Path home = options.home();
    Files.createDirectories(home);
    Path solrXml = home.resolve("solr.xml");
    if (!Files.exists(solrXml)) {
      Files.writeString(solrXml, SOLR_XML, StandardCharsets.UTF_8);
    }
    PostsConfigset.install(
        options.configset(), home.resolve("configsets").resolve(PostsConfigset.NAME).resolve("conf"));

    JettySolrRunner jetty =
        new JettySolrRunner(home.toString(), new Properties(), jettyConfig(options.port()));
    try {
      jetty.start();
      ensureCore(jetty.getCoreContainer());
      String baseUrl = "http://" + options.host() + ":" + jetty.getLocalPort() + "/solr";
      return new StandaloneSolr(jetty, home, baseUrl);
    } catch (Exception | Error e) {
      try {
        jetty.stop();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Jetty settings shared by both modes. */
  static JettyConfig jettyConfig(int port) {
    return JettyConfig.builder()
        .setPort(port)
        .setContext("/solr")
        // the launcher's shutdown hook stops Solr in order; Jetty's own hook would race with it
        .stopAtShutdown(false)
        // fail fast when the port is taken instead of retrying for a minute
        .withPortRetryTime(3000)
        .build();
  }

  private static void ensureCore(CoreContainer cores) {
    String name = PostsConfigset.NAME;
    CoreContainer.CoreLoadFailure failure = cores.getCoreInitFailures().get(name);
    if (failure != null) {
      throw new IllegalStateException(
          "existing core '" + name + "' failed to load: " + failure.exception, failure.exception);
    }
    if (!cores.getAllCoreNames().contains(name)) {
      // core.properties records configSet=posts: the core always reads home/configsets/posts/conf
      cores.create(name, Map.of("configSet", PostsConfigset.NAME));
    }
  }

  @Override
  public String mode() {
    return SolrLauncher.Mode.STANDALONE.label();
  }

  @Override
  public List<String> baseUrls() {
    return List.of(baseUrl);
  }

  @Override
  public Optional<String> zkHost() {
    return Optional.empty();
  }

  @Override
  public Path home() {
    return home;
  }

  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("stopping Solr failed", e);
    }
  }
}
