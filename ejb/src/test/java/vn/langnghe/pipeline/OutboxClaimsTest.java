package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.database.DatabaseMigrator;

/** The outbox claims on H2, the embedded default (the version Payara ships), in memory. */
class OutboxClaimsTest extends OutboxClaimsContract {
    private static JdbcDataSource h2;

    @BeforeAll
    static void migrate() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outbox-claims;DB_CLOSE_DELAY=-1");
        h2.setUser("langnghe");
        DatabaseMigrator.migrate(h2, OutboxClaimsTest.class.getClassLoader());
    }

    /** The inherited cases prove the claims only if they really ran on this database. */
    @Test
    void theContractRunsOnH2() throws SQLException {
        assertEquals("H2", databaseProduct());
    }

    @Override
    DataSource dataSource() {
        return h2;
    }
}
