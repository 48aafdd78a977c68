package vn.langnghe.pipeline;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
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

    @Override
    DataSource dataSource() {
        return h2;
    }
}
