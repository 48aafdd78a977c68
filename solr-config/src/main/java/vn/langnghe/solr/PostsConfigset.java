package vn.langnghe.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code posts} configset bundled in this jar.
 *
 * <p>The files live under {@value #RESOURCE_DIR}; the list of them is in the resource {@value
 * #INDEX} (one path a line, relative to {@code conf/}), so they can be copied out of the jar
 * without scanning it. A test checks that the list matches the directory.
 */
public final class PostsConfigset {

  /** Name of the configset and of the core/collection created from it. */
  public static final String NAME = "posts";

  /** Classpath folder that holds the configset's {@code conf/} files. */
  public static final String RESOURCE_DIR = "configsets/posts/conf/";

  /** Classpath resource listing the files under {@link #RESOURCE_DIR}. */
  public static final String INDEX = "configsets/posts.files";

  private PostsConfigset() {}

  /** The files of the bundled configset, relative to its {@code conf/} folder. */
  public static List<String> files() {
    try (InputStream in = open(INDEX);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> files = new ArrayList<>();
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          files.add(line);
        }
      }
      return List.copyOf(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces {@code targetConf} with a copy of the configset: of {@code sourceConf} if it is not
   * null, else of the bundled one. Replacing (not merging) keeps a file removed from the configset
   * from lingering in an installed copy.
   */
  public static void install(Path sourceConf, Path targetConf) throws IOException {
    deleteRecursively(targetConf);
    Files.createDirectories(targetConf);
    if (sourceConf == null) {
      for (String file : files()) {
        Path target = targetConf.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = open(RESOURCE_DIR + file)) {
          Files.copy(in, target);
        }
      }
      return;
    }
    if (!Files.isRegularFile(sourceConf.resolve("solrconfig.xml"))) {
      throw new IOException("not a configset conf/ folder (no solrconfig.xml): " + sourceConf);
    }
    try (Stream<Path> paths = Files.walk(sourceConf)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = targetConf.resolve(sourceConf.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = PostsConfigset.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing classpath resource " + resource);
    }
    return in;
  }
}
