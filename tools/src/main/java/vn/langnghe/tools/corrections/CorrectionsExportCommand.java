package vn.langnghe.tools.corrections;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import vn.langnghe.correction.CorrectionStore;
import vn.langnghe.correction.TrainingRows;

/**
 * {@code bin/langnghe corrections export [dir]}: writes the latest correction of each corrected field of
 * each post as training rows ({@link TrainingRows}) into a directory, which the next build's training
 * reads when {@code LANGNGHE_TRAIN_EXTRA} names it. Arguments: the JDBC URL, the user and the directory;
 * the password comes from {@code LANGNGHE_DB_PASSWORD}. Exit 0 when written, 2 when the database could
 * not be read or the directory written.
 */
public final class CorrectionsExportCommand {
    static final int DONE = 0;
    static final int FAILED = 2;

    private CorrectionsExportCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: CorrectionsExportCommand <jdbc-url> <user> <dir>   (password in LANGNGHE_DB_PASSWORD)");
            System.exit(FAILED);
        }
        String password = System.getenv().getOrDefault("LANGNGHE_DB_PASSWORD", "");
        System.exit(run(args[0], args[1], password, Path.of(args[2]), System.out, System.err));
    }

    static int run(String url, String user, String password, Path dir, PrintStream out, PrintStream err) {
        try {
            int rows = TrainingRows.write(new CorrectionStore(dataSource(url, user, password)).examples(), dir);
            out.println(rows + " training rows from analysts' corrections written to " + dir.toAbsolutePath());
            out.println("train with them: LANGNGHE_TRAIN_EXTRA=" + dir.toAbsolutePath() + " mvn -pl ejb package"
                    + " (or copy the files into ejb/src/main/resources/analysis/corpus/)");
            return DONE;
        } catch (IOException | IllegalStateException | SQLException e) {
            err.println("corrections not exported: " + e.getMessage());
            return FAILED;
        }
    }

    private static DataSource dataSource(String url, String user, String password) throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            // never create an empty database where the platform's is missing
            ds.setURL(url.toUpperCase().contains("IFEXISTS") ? url : url + ";IFEXISTS=TRUE");
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        throw new SQLException("only H2 and PostgreSQL databases are supported, not " + url.split(":", 3)[1]);
    }
}
