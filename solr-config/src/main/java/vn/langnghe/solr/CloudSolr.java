package vn.langnghe.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * SolrCloud: embedded ZooKeeper + N Jetty nodes, held together by {@link MiniSolrCloudCluster}.
 *
 * <p>Layout under the home: {@code zookeeper/server1/data} (ZooKeeper's snapshots and logs),
 * {@code node1..N} (each node's cores and index data), {@code configsets/posts/conf} (the
 * configset uploaded to ZooKeeper at every start).
 *
 * <p>Restarts keep the data: MiniSolrCloudCluster itself always formats a fresh ZooKeeper and
 * refuses existing node folders, so this class starts the ZooKeeper (unformatted when its data
 * exists) and the nodes itself and only hands them to the cluster. A node's identity in ZooKeeper
 * is {@code host:port_solr}, so a restart must use the same {@code --port} (and {@code --nodes})
 * to find its replicas again; with {@code --port 0} the ports are random and a restart does not
 * see the old data.
 */
final class CloudSolr implements RunningSolr {

  static final String SOLR_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- Written by vn.langnghe.solr.SolrLauncher (cloud) to ZooKeeper and each node folder. -->
      <solr>
        <str name="configSetBaseDir">${configSetBaseDir:configsets}</str>
        <str name="coreRootDirectory">${coreRootDirectory:.}</str>
        <str name="allowPaths">${solr.allowPaths:}</str>
        <int name="maxBooleanClauses">${solr.max.booleanClauses:1024}</int>
        <shardHandlerFactory name="shardHandlerFactory" class="HttpShardHandlerFactory">
          <int name="socketTimeout">${socketTimeout:90000}</int>
          <int name="connTimeout">${connTimeout:15000}</int>
        </shardHandlerFactory>
        <solrcloud>
          <!-- host and hostPort are set per node by the launcher; they make the node's name -->
          <str name="host">${host:127.0.0.1}</str>
          <int name="hostPort">${hostPort:8983}</int>
          <str name="hostContext">${hostContext:solr}</str>
          <int name="zkClientTimeout">${solr.zkclienttimeout:30000}</int>
          <bool name="genericCoreNodeNames">${genericCoreNodeNames:true}</bool>
          <!-- on restart every replica comes back at once: do not wait minutes for lost ones -->
          <int name="leaderVoteWait">${leaderVoteWait:10000}</int>
          <int name="distribUpdateConnTimeout">${distribUpdateConnTimeout:45000}</int>
          <int name="distribUpdateSoTimeout">${distribUpdateSoTimeout:340000}</int>
        </solrcloud>
        <metrics enabled="${metricsEnabled:false}"/>
      </solr>
      """;

  private final MiniSolrCloudCluster cluster;
  private final ZkTestServer zk;
  private final Path home;
  private final List<String> baseUrls;

  private CloudSolr(MiniSolrCloudCluster cluster, ZkTestServer zk, Path home, List<String> urls) {
    this.cluster = cluster;
    this.zk = zk;
    this.home = home;
    this.baseUrls = List.copyOf(urls);
  }

  static CloudSolr start(SolrLauncher.Options options) throws Exception {
    Path home = options.home();
    Files.createDirectories(home);
    Path conf = home.resolve("configsets").resolve(PostsConfigset.NAME).resolve("conf");
    PostsConfigset.install(options.configset(), conf);

    Path zkDir = home.resolve("zookeeper/server1/data");
    boolean freshZk = !Files.isDirectory(zkDir.resolve("version-2"));
    Files.createDirectories(zkDir);
    ZkTestServer zk = new ZkTestServer(zkDir, options.effectiveZkPort());
    MiniSolrCloudCluster cluster = null;
    try {
      zk.run(freshZk); // format (create the /solr chroot) only the first time
      // no nodes yet: the cluster would create node folders that must not exist
      cluster =
          new MiniSolrCloudCluster(
              0, home, SOLR_XML, StandaloneSolr.jettyConfig(0), zk, false);
      cluster.uploadConfigSet(conf, PostsConfigset.NAME);

      List<String> urls = new ArrayList<>();
      for (int i = 0; i < options.nodes(); i++) {
        Path nodeHome = home.resolve("node" + (i + 1));
        Files.createDirectories(nodeHome);
        Files.writeString(nodeHome.resolve("solr.xml"), SOLR_XML, StandardCharsets.UTF_8);
        Properties nodeProps = new Properties();
        nodeProps.setProperty("zkHost", zk.getZkAddress());
        nodeProps.setProperty("host", options.host());
        int port = options.port() == 0 ? 0 : options.port() + i;
        JettySolrRunner jetty =
            new JettySolrRunner(
                nodeHome.toString(), nodeProps, StandaloneSolr.jettyConfig(port));
        cluster.startJettySolrRunner(jetty);
        urls.add("http://" + options.host() + ":" + jetty.getLocalPort() + "/solr");
      }
      cluster.waitForAllNodes(60);

      var client = cluster.getSolrClient();
      if (!client.getClusterState().hasCollection(PostsConfigset.NAME)) {
        CollectionAdminRequest.createCollection(
                PostsConfigset.NAME, PostsConfigset.NAME, options.shards(), options.replicas())
            .process(client);
      }
      cluster.waitForActiveCollection(PostsConfigset.NAME, 120, TimeUnit.SECONDS);
      return new CloudSolr(cluster, zk, home, urls);
    } catch (Exception | Error e) {
      try {
        stop(cluster, zk);
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void stop(MiniSolrCloudCluster cluster, ZkTestServer zk) {
    Exception failure = null;
    if (cluster != null) {
      try {
        cluster.shutdown(); // nodes only: the ZooKeeper is ours
      } catch (Exception e) {
        failure = e;
      }
    }
    try {
      zk.shutdown();
    } catch (Exception e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw new IllegalStateException("stopping SolrCloud failed", failure);
    }
  }

  /** The cluster, for in-process tests that need ZooKeeper-aware clients. */
  MiniSolrCloudCluster cluster() {
    return cluster;
  }

  @Override
  public String mode() {
    return SolrLauncher.Mode.CLOUD.label();
  }

  @Override
  public List<String> baseUrls() {
    return baseUrls;
  }

  @Override
  public Optional<String> zkHost() {
    return Optional.of(zk.getZkAddress());
  }

  @Override
  public Path home() {
    return home;
  }

  @Override
  public void close() {
    stop(cluster, zk);
  }
}
