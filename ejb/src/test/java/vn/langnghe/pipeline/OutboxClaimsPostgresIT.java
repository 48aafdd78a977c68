package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.database.DatabaseMigrator;
import vn.langnghe.database.PostgresTestSchema;

/** The outbox claims on PostgreSQL (production and CI), in a throw-away schema. */
class OutboxClaimsPostgresIT extends OutboxClaimsContract {
    private static PostgresTestSchema schema;

    @BeforeAll
    static void migrate() {
        schema = PostgresTestSchema.create();
        DatabaseMigrator.migrate(schema.dataSource(), OutboxClaimsPostgresIT.class.getClassLoader());
    }

    @AfterAll
    static void drop() throws Exception {
        schema.close();
    }

    /** The inherited cases prove the claims only if they really ran on this database. */
    @Test
    void theContractRunsOnPostgreSql() throws SQLException {
        assertEquals("PostgreSQL", databaseProduct());
    }

    @Override
    DataSource dataSource() {
        return schema.dataSource();
    }
}
