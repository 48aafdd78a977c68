package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.langnghe.audit.Outcome;

class ApiCallAuditTest {
    @Test
    void theStatusIsTheOutcome() {
        assertEquals(Outcome.OK, ApiCallAudit.outcome(200));
        assertEquals(Outcome.OK, ApiCallAudit.outcome(201));
        assertEquals(Outcome.OK, ApiCallAudit.outcome(204));
        assertEquals(Outcome.DENIED, ApiCallAudit.outcome(401));
        assertEquals(Outcome.DENIED, ApiCallAudit.outcome(403));
        assertEquals(Outcome.FAILED, ApiCallAudit.outcome(400));
        assertEquals(Outcome.FAILED, ApiCallAudit.outcome(404));
        assertEquals(Outcome.FAILED, ApiCallAudit.outcome(429));
        assertEquals(Outcome.FAILED, ApiCallAudit.outcome(500));
        assertEquals(Outcome.FAILED, ApiCallAudit.outcome(503));
        assertEquals(Outcome.FAILED, ApiCallAudit.outcome(302));
    }
}
