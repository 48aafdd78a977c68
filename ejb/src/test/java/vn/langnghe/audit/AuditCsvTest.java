package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {
    @Test
    void plainCellsStayPlainAndSpecialOnesAreQuotedWithQuotesDoubled() {
        assertEquals("", AuditCsv.cell(null));
        assertEquals("Quận 1", AuditCsv.cell("Quận 1"));
        assertEquals("\"a,b\"", AuditCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", AuditCsv.cell("two\nlines"));
        assertEquals("\"cr\rhere\"", AuditCsv.cell("cr\rhere"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", AuditCsv.cell("+1"));
        assertEquals("'-2+3", AuditCsv.cell("-2+3"));
        assertEquals("'@SUM(A1)", AuditCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", AuditCsv.cell("\tx"));
        assertEquals("\"'\rx\"", AuditCsv.cell("\rx"));
        assertEquals("\"'=1,2\"", AuditCsv.cell("=1,2"));
        assertEquals("a=b", AuditCsv.cell("a=b"), "only the first character matters");
    }

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
