package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The audit log's own file; the cells themselves are {@code csv.CsvWriterTest}'s. */
class AuditCsvTest {
    @Test
    void aFileStartsWithTheBomAndTheHeaderAndEndsLinesWithCrLf() {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.row(new AuditEntry(7, Instant.parse("2026-12-06T17:30:00Z"), "lan", "q1", "search", null, "10.0.0.1",
                Outcome.OK, "=cmd|' /C calc'!A0, \"kẹt xe\""));
        csv.truncated(1);
        csv.flush();
        String text = out.toString();
        assertTrue(text.startsWith("\uFEFFtime (Asia/Ho_Chi_Minh),actor,unit,action,target,client address,outcome,detail,id\r\n"), text);
        assertTrue(text.contains("\r\n2026-12-07 00:30:00,lan,q1,search,,10.0.0.1,ok,\"'=cmd|' /C calc'!A0, \"\"kẹt xe\"\"\",7\r\n"), text);
        assertTrue(text.endsWith(",,,,,,,stopped at 1 rows (langnghe.audit.export-max-rows): narrow the filters,\r\n"), text);
    }
}
