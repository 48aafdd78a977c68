package vn.langnghe.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fast checks without Solr: the configset index and the command line. */
class PostsConfigsetTest {

  @Test
  void indexListsExactlyTheFilesOfTheConfigset() throws Exception {
    Path conf = Path.of("src/main/resources", PostsConfigset.RESOURCE_DIR);
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(conf)) {
      onDisk =
          files.filter(Files::isRegularFile).map(p -> conf.relativize(p).toString()).sorted().toList();
    }
    assertEquals(onDisk, PostsConfigset.files().stream().sorted().toList());
  }

  @Test
  void installCopiesTheBundledConfigsetAndReplacesOldFiles(@TempDir Path tmp) throws Exception {
    Path target = tmp.resolve("conf");
    Files.createDirectories(target);
    Files.writeString(target.resolve("stale.txt"), "x");
    PostsConfigset.install(null, target);
    assertTrue(Files.exists(target.resolve("solrconfig.xml")));
    assertTrue(Files.exists(target.resolve("managed-schema.xml")));
    assertTrue(Files.notExists(target.resolve("stale.txt")));
  }

  @Test
  void parsesTheCommandLineContract() {
    SolrLauncher.Options standalone =
        SolrLauncher.Options.parse("standalone", "--home", "/tmp/x", "--port", "8984");
    assertEquals(SolrLauncher.Mode.STANDALONE, standalone.mode());
    assertEquals(8984, standalone.port());
    assertEquals("127.0.0.1", standalone.host());

    SolrLauncher.Options cloud =
        SolrLauncher.Options.parse(
            "cloud", "--home", "d", "--nodes", "3", "--shards", "3", "--replicas", "2");
    assertEquals(8983, cloud.port());
    assertEquals(3, cloud.nodes());
    assertEquals(2, cloud.replicas());
    assertEquals(9983, cloud.effectiveZkPort());
    assertTrue(cloud.home().isAbsolute());

    assertThrows(IllegalArgumentException.class, () -> SolrLauncher.Options.parse("cloud"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SolrLauncher.Options.parse("standalone", "--home", "d", "--host", "0.0.0.0"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SolrLauncher.Options.parse("standalone", "--home", "d", "--bogus", "1"));
  }
}
