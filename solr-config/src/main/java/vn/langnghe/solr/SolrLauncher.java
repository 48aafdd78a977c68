package vn.langnghe.solr;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a real Solr 9 in this JVM: standalone (one Jetty, core {@code posts}) or SolrCloud (embedded
 * ZooKeeper + N Jetty nodes, collection {@code posts}), both from the bundled {@code posts}
 * configset.
 *
 * <pre>
 * SolrLauncher standalone --home DIR [--port 8983] [--host 127.0.0.1] [--configset DIR]
 * SolrLauncher cloud --home DIR [--port 8983] [--nodes 2] [--shards 2] [--replicas 1]
 *                    [--zk-port PORT+1000] [--configset DIR]
 * </pre>
 *
 * When Solr is ready the command prints exactly one line on stdout, {@code SOLR READY <mode>
 * <baseUrl>[,<baseUrl>...]}, and writes its pid to {@code DIR/solr.pid}; it runs until SIGTERM or
 * SIGINT, then stops Solr and removes the pid file. Logs go to {@code DIR/logs/solr.log}. Anything
 * else the launcher has to say goes to stderr.
 *
 * <p>Tests and tools use the same through {@link #startStandalone(Options)} and {@link
 * #startCloud(Options)}.
 *
 * <p>No static logger on purpose: {@code solr.log.dir} must be set before log4j initialises.
 */
public final class SolrLauncher {

  static final String USAGE =
      String.join(
          "\n",
          "usage:",
          "  SolrLauncher standalone --home DIR [--port 8983] [--host 127.0.0.1] [--configset DIR]",
          "  SolrLauncher cloud --home DIR [--port 8983] [--host 127.0.0.1] [--nodes 2] [--shards 2]"
              + " [--replicas 1] [--zk-port PORT+1000] [--configset DIR]",
          "--port 0 picks free ports. --configset is a conf/ folder; default: the bundled 'posts'.");

  /** Exit status when the arguments are wrong. */
  static final int EXIT_USAGE = 2;

  /** Exit status when Solr could not be started. */
  static final int EXIT_FAILED = 1;

  private SolrLauncher() {}

  /** Mode of a launch. */
  public enum Mode {
    STANDALONE,
    CLOUD;

    /** The name used on the command line and the READY line. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What to start. {@code configset} is a configset {@code conf/} folder, or null for the bundled
   * one. {@code port} 0 picks free ports. {@code zkPort} (cloud) -1 means {@code port + 1000} (as
   * {@code bin/solr} does), or a free port when {@code port} is 0.
   */
  public record Options(
      Mode mode,
      Path home,
      String host,
      int port,
      int nodes,
      int shards,
      int replicas,
      int zkPort,
      Path configset) {

    public Options {
      if (mode == null || home == null) {
        throw new IllegalArgumentException("mode and --home are required");
      }
      if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
        // JettySolrRunner always binds the loopback interface; another host would give URLs that
        // do not answer. Put a reverse proxy (or a real Solr) in front for remote access.
        throw new IllegalArgumentException(
            "--host must be 127.0.0.1 or localhost (the embedded Jetty binds 127.0.0.1 only): "
                + host);
      }
      if (port < 0 || port > 65535 || nodes < 1 || shards < 1 || replicas < 1) {
        throw new IllegalArgumentException("bad --port/--nodes/--shards/--replicas");
      }
      home = home.toAbsolutePath().normalize();
    }

    /** Standalone on 127.0.0.1:{@code port} with the bundled configset. */
    public static Options standalone(Path home, int port) {
      return new Options(Mode.STANDALONE, home, "127.0.0.1", port, 1, 1, 1, -1, null);
    }

    /** SolrCloud of {@code nodes} nodes, collection of {@code shards} x {@code replicas}. */
    public static Options cloud(Path home, int port, int nodes, int shards, int replicas) {
      return new Options(Mode.CLOUD, home, "127.0.0.1", port, nodes, shards, replicas, -1, null);
    }

    /** Same options with another configset {@code conf/} folder. */
    public Options withConfigset(Path conf) {
      return new Options(mode, home, host, port, nodes, shards, replicas, zkPort, conf);
    }

    /** The ZooKeeper port to use in cloud mode (0 = free port). */
    int effectiveZkPort() {
      if (zkPort >= 0) {
        return zkPort;
      }
      return port == 0 ? 0 : port + 1000;
    }

    /** Parses the command line (see {@link SolrLauncher}). */
    public static Options parse(String... args) {
      if (args.length == 0) {
        throw new IllegalArgumentException("missing mode (standalone or cloud)");
      }
      Mode mode =
          switch (args[0]) {
            case "standalone" -> Mode.STANDALONE;
            case "cloud" -> Mode.CLOUD;
            default -> throw new IllegalArgumentException("unknown mode: " + args[0]);
          };
      Path home = null;
      Path configset = null;
      String host = "127.0.0.1";
      int port = 8983;
      int nodes = 2;
      int shards = 2;
      int replicas = 1;
      int zkPort = -1;
      for (int i = 1; i < args.length; i++) {
        String flag = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + flag);
        }
        String value = args[++i];
        switch (flag) {
          case "--home" -> home = Path.of(value);
          case "--configset" -> configset = Path.of(value).toAbsolutePath();
          case "--host" -> host = value;
          case "--port" -> port = parseInt(flag, value);
          case "--nodes" -> nodes = parseInt(flag, value);
          case "--shards" -> shards = parseInt(flag, value);
          case "--replicas" -> replicas = parseInt(flag, value);
          case "--zk-port" -> zkPort = parseInt(flag, value);
          default -> throw new IllegalArgumentException("unknown option: " + flag);
        }
      }
      if (home == null) {
        throw new IllegalArgumentException("--home is required");
      }
      if (mode == Mode.STANDALONE) {
        nodes = 1;
        shards = 1;
        replicas = 1;
      }
      return new Options(mode, home, host, port, nodes, shards, replicas, zkPort, configset);
    }

    private static int parseInt(String flag, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(flag + " needs a number: " + value, e);
      }
    }
  }

  /**
   * Starts a standalone Solr with core {@code posts} under {@code options.home()}; an existing core
   * (and its data) is reused. The caller closes the result.
   */
  public static RunningSolr startStandalone(Options options) throws Exception {
    return StandaloneSolr.start(options);
  }

  /**
   * Starts a SolrCloud (embedded ZooKeeper + nodes) under {@code options.home()} with collection
   * {@code posts}; an existing collection (and its data) is reused. The caller closes the result.
   */
  public static RunningSolr startCloud(Options options) throws Exception {
    return CloudSolr.start(options);
  }

  /** Starts what {@code options.mode()} says. */
  public static RunningSolr start(Options options) throws Exception {
    return options.mode() == Mode.CLOUD ? startCloud(options) : startStandalone(options);
  }

  /** The command-line entry point; see the class comment for the contract. */
  public static void main(String[] args) throws Exception {
    PrintStream err = System.err;
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("SolrLauncher: " + e.getMessage());
      err.println(USAGE);
      System.exit(EXIT_USAGE);
      return;
    }
    Path home = options.home();
    Path logs = home.resolve("logs");
    Files.createDirectories(logs);
    if (System.getProperty("solr.log.dir") == null) {
      System.setProperty("solr.log.dir", logs.toString());
    }
    Path pidFile = home.resolve("solr.pid");
    refuseIfRunning(pidFile);

    AtomicReference<RunningSolr> running = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    RunningSolr solr = running.getAndSet(null);
                    if (solr != null) {
                      err.println("SolrLauncher: stopping Solr");
                      solr.close();
                    }
                  } catch (RuntimeException e) {
                    e.printStackTrace(err);
                  } finally {
                    deletePidFile(pidFile);
                    stopped.countDown();
                  }
                },
                "langnghe-solr-shutdown"));

    RunningSolr solr;
    try {
      solr = start(options);
    } catch (Exception e) {
      err.println("SolrLauncher: Solr did not start: " + e);
      e.printStackTrace(err);
      System.exit(EXIT_FAILED);
      return;
    }
    running.set(solr);
    Files.writeString(pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
    solr.zkHost().ifPresent(zk -> err.println("SolrLauncher: ZooKeeper at " + zk));
    err.println("SolrLauncher: logs in " + System.getProperty("solr.log.dir"));
    System.out.println(readyLine(solr));
    System.out.flush();
    stopped.await();
  }

  /** The line printed on stdout when Solr is ready. */
  static String readyLine(RunningSolr solr) {
    return "SOLR READY " + solr.mode() + " " + String.join(",", solr.baseUrls());
  }

  /** Two launchers on one home would corrupt the index (and fight over the ports): refuse. */
  private static void refuseIfRunning(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    String content = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
    try {
      long pid = Long.parseLong(content);
      if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        System.err.println(
            "SolrLauncher: already running with pid " + pid + " (" + pidFile + "); stop it first");
        System.exit(EXIT_FAILED);
      }
    } catch (NumberFormatException stale) {
      // unreadable pid file: treat as stale
    }
    System.err.println("SolrLauncher: removing stale pid file " + pidFile);
    Files.delete(pidFile);
  }

  private static void deletePidFile(Path pidFile) {
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      e.printStackTrace(System.err);
    }
  }
}
