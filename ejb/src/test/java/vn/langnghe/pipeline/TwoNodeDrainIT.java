package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.Test;
import vn.langnghe.database.DatabaseMigrator;
import vn.langnghe.database.PostgresTestSchema;
import vn.langnghe.harvest.OutboxRows;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.PostField;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/**
 * Issue 13: two drain nodes, each in a JVM of its own ({@link DrainNode}), share one outbox in
 * PostgreSQL and one Solr; 20,000 items; one node is killed (SIGKILL) about halfway while it holds a
 * claim. Every item is analysed and indexed exactly once (an analysis counts when the transaction that
 * deletes its row commits), both nodes do part of the work, and the survivor takes over the batch the
 * dead node held once its lease has passed. Each node's log (with every batch's timings) is in
 * {@code target/two-node-drain/run-*}.
 */
class TwoNodeDrainIT {
    private static final int ITEMS = 20_000;
    private static final int BATCH = 250;
    /** Short, so that the survivor does not wait long for the dead node's batch; still far above a batch's time. */
    private static final int LEASE_SECONDS = 5;

    @Test
    void twoNodesDrainEveryItemOnceAndTheSurvivorTakesOverTheBatchOfTheOneKilled() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "two-node-drain")), "run-");
        try (PostgresTestSchema schema = PostgresTestSchema.create();
             RunningSolr solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(dir.resolve("solr"), 0))) {
            DataSource db = schema.dataSource();
            DatabaseMigrator.migrate(db, TwoNodeDrainIT.class.getClassLoader());
            Set<String> itemIds = fill(db);

            List<String> common = List.of(schema.url(), schema.user(), schema.name(), solr.baseUrls().get(0),
                    solr.collection());
            try (NodeProcess survivor = NodeProcess.start("a", common, dir);
                 NodeProcess killed = NodeProcess.start("b", common, dir)) {
                survivor.await("READY", 60);
                killed.await("READY", 60);
                long t0 = System.nanoTime();
                survivor.go();
                killed.go();

                awaitDrained(db, ITEMS / 2, 120);
                killed.lines.clear();
                String claim = killed.await("CLAIMED", 30).split(" ")[1];
                killed.kill();
                long killedAt = System.nanoTime();
                // what the dead node held when it died: analysed perhaps, never finished
                Set<String> held = itemIds(db, "SELECT item_id FROM outbox WHERE claimed_by = ?", claim);
                assertFalse(held.isEmpty(), "node b was killed while holding " + claim);

                String done = survivor.await("DONE", 120);
                assertEquals(0, survivor.process.waitFor(30, TimeUnit.SECONDS) ? survivor.process.exitValue() : -1,
                        "the survivor ends normally");
                long ms = (System.nanoTime() - t0) / 1_000_000;

                assertEquals(0, count(db, "SELECT COUNT(*) FROM outbox"), "the outbox is empty");
                Map<String, Long> perNode = perNode(db);
                assertEquals(ITEMS, perNode.values().stream().mapToLong(Long::longValue).sum(),
                        "analyses counted with the deletes: " + perNode);
                assertEquals(itemIds, itemIds(db, "SELECT item_id FROM drained"), "each item drained once");
                assertTrue(perNode.getOrDefault("a", 0L) > 0 && perNode.getOrDefault("b", 0L) > 0,
                        "both nodes did part of the work: " + perNode);
                Set<String> takenOver = itemIds(db, "SELECT item_id FROM drained WHERE node = 'a'");
                assertTrue(takenOver.containsAll(held), "the survivor drained the batch the dead node held");

                assertEquals(itemIds, indexedIds(solr), "Solr holds exactly the items, once each");

                System.out.printf("two-node drain: %,d items in %,d ms (%s); drained per node %s; node b killed after "
                                + "%,d ms holding %s (%d rows), taken over by a; survivor: %s%n", ITEMS, ms,
                        "batch " + BATCH + ", lease " + LEASE_SECONDS + " s", perNode, (killedAt - t0) / 1_000_000,
                        claim, held.size(), done);
            }
        }
    }

    private static final String[] WHAT = {"Kẹt xe kéo dài", "Ngập nước sau mưa", "Rác thải chất đống", "Đèn đường hỏng",
        "Công trình thi công ồn ào", "Xe buýt trễ giờ", "Vỉa hè bị lấn chiếm", "Cây xanh ngã đổ"};
    private static final String[] WHERE = {"ở đường Điện Biên Phủ", "gần chợ Bến Thành", "tại ngã tư Hàng Xanh",
        "ở phường Thủ Đức", "trên cầu Sài Gòn", "ở quận 7", "gần bến xe Miền Đông", "tại phường Tân Định"};
    private static final String[] HOW = {"từ sáng đến giờ", "mấy hôm nay rồi", "ai xử lý giúp với", "rất nguy hiểm",
        "người dân bức xúc", "mong chính quyền quan tâm", "đã báo nhiều lần", "cảm ơn đội vệ sinh đã dọn nhanh"};

    /** A resident's sentence, different for every i (so near-duplicate grouping has real work). */
    private static String text(int i) {
        return WHAT[i % 8] + " " + WHERE[(i / 8) % 8] + ", " + HOW[(i / 64) % 8] + " (lần " + i + ")";
    }

    /** 20,000 statuses of a made-up Mastodon timeline (one in five as HTML), written as the harvest writes them. */
    private static Set<String> fill(DataSource db) throws SQLException {
        List<HarvestedItem> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            String id = String.format("1147%08d", i);
            HarvestedItem.Builder b = HarvestedItem.builder("mastodon", id)
                    .url("https://mastodon.example/@dan/" + id)
                    .author("dan" + i % 50, Integer.toString(1000 + i % 50))
                    .createdAt(Instant.parse("2025-07-14T12:00:00Z").minusSeconds(30L * i))
                    .likes(3);
            items.add(i % 5 == 0 ? b.html("<p>" + text(i) + "</p>").build() : b.text(text(i)).build());
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            OutboxRows.insert(c, 1, 1, "Mastodon #saigon", items, Instant.parse("2025-07-14T12:05:00Z"));
            s.execute("CREATE TABLE drained (item_id VARCHAR(400) PRIMARY KEY, node VARCHAR(20) NOT NULL)");
            c.commit();
        }
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        return ids;
    }

    private static void awaitDrained(DataSource db, long n, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (count(db, "SELECT COUNT(*) FROM drained") < n) {
            assertTrue(System.nanoTime() < deadline, n + " items drained within " + seconds + " s");
            Thread.sleep(50);
        }
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> itemIds(DataSource db, String sql, String... params) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static Map<String, Long> perNode(DataSource db) throws SQLException {
        Map<String, Long> n = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT node, COUNT(*) FROM drained GROUP BY node")) {
            while (rs.next()) {
                n.put(rs.getString(1), rs.getLong(2));
            }
        }
        return n;
    }

    private static Set<String> indexedIds(RunningSolr solr) throws Exception {
        SolrConnection connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 30_000, 5);
        try {
            connection.client().commit(connection.collection());
            SolrDocumentList docs = connection.client().query(connection.collection(),
                    new SolrQuery("*:*").setFields(PostField.ID).setRows(ITEMS + 100), SolrRequest.METHOD.POST).getResults();
            assertEquals(ITEMS, docs.getNumFound(), "documents in Solr");
            Set<String> ids = new HashSet<>();
            for (SolrDocument d : docs) {
                ids.add((String) d.getFirstValue(PostField.ID));
            }
            return ids;
        } finally {
            connection.close();
        }
    }

    /** A {@link DrainNode} JVM: its standard output as a queue of lines, its errors in a file. */
    private static final class NodeProcess implements AutoCloseable {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        private NodeProcess(Process process) {
            this.process = process;
        }

        static NodeProcess start(String name, List<String> common, Path dir) throws IOException {
            // a small heap and one GC thread: the two nodes and Solr share two cores
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-Djava.util.logging.config.file=" + logging(dir),
                    "-cp", System.getProperty("java.class.path"), DrainNode.class.getName()));
            cmd.addAll(common);
            cmd.addAll(List.of(name, Integer.toString(LEASE_SECONDS), Integer.toString(BATCH)));
            Path err = dir.resolve(name + ".err");
            NodeProcess node = new NodeProcess(new ProcessBuilder(cmd).redirectError(err.toFile()).start());
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(node.process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        node.lines.add(line);
                    }
                } catch (IOException e) {
                    node.lines.add("ENDED " + e);
                }
                node.lines.add("ENDED (see " + err + ")");
            }, "drain-node-" + name);
            reader.setDaemon(true);
            reader.start();
            return node;
        }

        /** Each batch's timings in the node's error file, from the worker's FINE line. */
        private static Path logging(Path dir) throws IOException {
            Path file = dir.resolve("logging.properties");
            if (!Files.exists(file)) {
                Files.writeString(file, "handlers=java.util.logging.ConsoleHandler\n"
                        + "java.util.logging.ConsoleHandler.level=FINE\n"
                        + OutboxWorker.class.getName() + ".level=FINE\n");
            }
            return file;
        }

        /** The next line that starts with {@code prefix}. */
        String await(String prefix, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (String line; (line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                assertFalse(line.startsWith("ENDED"), "the node ended before " + prefix + ": " + line);
            }
            return fail("no " + prefix + " within " + seconds + " s");
        }

        void go() throws IOException {
            Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            in.write("go\n");
            in.flush();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }
    }
}
