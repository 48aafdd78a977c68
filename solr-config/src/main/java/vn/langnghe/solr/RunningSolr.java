package vn.langnghe.solr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A Solr started by {@link SolrLauncher}; closing it stops Solr (and ZooKeeper, in cloud mode). */
public interface RunningSolr extends AutoCloseable {

  /** {@code standalone} or {@code cloud}, as on the {@code SOLR READY} line. */
  String mode();

  /** Base URLs ({@code http://host:port/solr}) of the node(s), first node first. */
  List<String> baseUrls();

  /** ZooKeeper connect string with chroot ({@code host:port/solr}), in cloud mode only. */
  Optional<String> zkHost();

  /** The Solr home (standalone) or cluster base directory (cloud). */
  Path home();

  /** Name of the core (standalone) or collection (cloud): {@value PostsConfigset#NAME}. */
  default String collection() {
    return PostsConfigset.NAME;
  }

  /** Stops Solr; failures are rethrown unchecked after everything was tried. */
  @Override
  void close();
}
