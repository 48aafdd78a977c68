package vn.langnghe.tools.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.database.DatabaseMigrator;

/** The command on an H2 file like the platform's: the latest correction of each field becomes a training row. */
class CorrectionsExportCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheLatestCorrectionOfEachFieldAsTrainingRows() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("langnghe");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("langnghe");
        ds.setPassword("langnghe");
        DatabaseMigrator.migrate(ds, getClass().getClassLoader());
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO corrections (id, "
                + "post_id, field, old_value, new_value, corrected_by, unit_code, corrected_at, language, post_text) "
                + "VALUES (?, ?, ?, ?, ?, 'lan', 'ward-26740', ?, ?, ?)")) {
            Object[][] rows = {
                    {1, "fb:1", "sentiment", "positive", "neutral", "vi", "Đường lún\tsau một tuần"},
                    {2, "fb:1", "sentiment", "neutral", "negative", "vi", "Đường lún\tsau một tuần"},
                    {3, "fb:1", "topics", "", "transport,land_housing", "vi", "Đường lún\tsau một tuần"},
                    {4, "x:9", "sentiment", "negative", "positive", "en", "Great new bus line"},
                    {5, "x:9", "regions", "", "q1", "en", "Great new bus line"}};
            for (Object[] r : rows) {
                s.setLong(1, ((Integer) r[0]).longValue());
                s.setString(2, (String) r[1]);
                s.setString(3, (String) r[2]);
                s.setString(4, (String) r[3]);
                s.setString(5, (String) r[4]);
                s.setObject(6, OffsetDateTime.parse("2026-12-07T04:00:00Z"));
                s.setString(7, (String) r[5]);
                s.setString(8, (String) r[6]);
                s.addBatch();
            }
            s.executeBatch();
        }
        Path export = dir.resolve("export");
        assertEquals(CorrectionsExportCommand.DONE, CorrectionsExportCommand.run(url, "langnghe", "langnghe", export,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("3 training rows"), out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("negative\tĐường lún sau một tuần"), rows(export.resolve("sentiment-vi-corrections.tsv")));
        assertEquals(List.of("positive\tGreat new bus line"), rows(export.resolve("sentiment-en-corrections.tsv")));
        assertEquals(List.of("transport,land_housing\tĐường lún sau một tuần"), rows(export.resolve("topics-corrections.tsv")));
    }

    @Test
    void aMissingDatabaseIsReportedNotCreated() {
        String url = "jdbc:h2:" + dir.resolve("nothing-here");
        assertEquals(CorrectionsExportCommand.FAILED, CorrectionsExportCommand.run(url, "langnghe", "langnghe",
                dir.resolve("export"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("corrections not exported"));
        assertTrue(Files.notExists(dir.resolve("nothing-here.mv.db")));
    }

    private static List<String> rows(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    }
}
