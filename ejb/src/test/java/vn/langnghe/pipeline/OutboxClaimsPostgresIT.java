package vn.langnghe.pipeline;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    @Override
    DataSource dataSource() {
        return schema.dataSource();
    }
}
