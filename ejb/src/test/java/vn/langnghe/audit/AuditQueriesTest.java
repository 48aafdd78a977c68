package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@link AuditQueriesContract} on in-memory H2 (the contract's own assertions do the checking). */
class AuditQueriesTest {
    @Test
    void queriesOnH2() throws Exception {
        DataSource h2 = AuditTrails.migratedH2();
        try (Connection c = h2.getConnection()) {
            assertEquals("H2", c.getMetaData().getDatabaseProductName(), "the contract runs on the embedded default");
        }
        AuditQueriesContract.run(h2);
    }
}
