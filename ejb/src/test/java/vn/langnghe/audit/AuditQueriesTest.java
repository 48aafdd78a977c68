package vn.langnghe.audit;

import org.junit.jupiter.api.Test;

/** {@link AuditQueriesContract} on in-memory H2. */
class AuditQueriesTest {
    @Test
    void queriesOnH2() throws Exception {
        AuditQueriesContract.run(AuditTrails.migratedH2());
    }
}
