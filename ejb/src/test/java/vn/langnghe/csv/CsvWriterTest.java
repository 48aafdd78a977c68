package vn.langnghe.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void plainCellsStayPlainAndSpecialOnesAreQuotedWithQuotesDoubled() {
        assertEquals("", CsvWriter.cell(null));
        assertEquals("Quận 1", CsvWriter.cell("Quận 1"));
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.cell("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvWriter.cell("cr\rhere"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvWriter.cell("+1"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("\"'\rx\"", CsvWriter.cell("\rx"));
        assertEquals("\"'=1,2\"", CsvWriter.cell("=1,2"));
        assertEquals("a=b", CsvWriter.cell("a=b"), "only the first character matters");
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndLinesEndWithCrLf() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.line("Tiêu đề", null, "=1+1", "Ngập ở Thủ Đức, \"nặng\"");
        csv.flush();
        assertEquals("\uFEFFTiêu đề,,'=1+1,\"Ngập ở Thủ Đức, \"\"nặng\"\"\"\r\n", out.toString());
    }
}
