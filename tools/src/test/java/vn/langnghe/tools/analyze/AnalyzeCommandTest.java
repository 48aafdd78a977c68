package vn.langnghe.tools.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analyzer;

class AnalyzeCommandTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new Analyzer();
    }

    private static List<String> run(byte[] input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalyzeCommand.run(analyzer, new ByteArrayInputStream(input), out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void oneJsonLinePerInputLineInOrder() throws Exception {
        List<String> out = run("Kẹt xe ở Q1 quá trời\ntraffic jam in District 7\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, out.size());
        assertTrue(out.get(0).startsWith("{\"lang\":\"vi\""), out.get(0));
        assertTrue(out.get(0).contains("{\"area\":\"q1\""), out.get(0));
        assertTrue(out.get(1).startsWith("{\"lang\":\"en\""), out.get(1));
        assertTrue(out.get(1).contains("{\"area\":\"q7\""), out.get(1));
    }

    @Test
    void emptyAndInvalidUtf8LinesGiveEmptyResultsAndTheRunGoesOn() throws Exception {
        byte[] bad = {(byte) 0xff, (byte) 0xfe, 'x', '\n'};
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write("\n".getBytes(StandardCharsets.UTF_8));
        in.write(bad);
        in.write("   \r\n".getBytes(StandardCharsets.UTF_8));
        in.write("Ngập nước ở Thủ Đức".getBytes(StandardCharsets.UTF_8)); // last line without newline
        List<String> out = run(in.toByteArray());
        assertEquals(List.of("{}", "{}", "{}"), out.subList(0, 3));
        assertTrue(out.get(3).contains("\"area\":\"thu_duc\""), out.get(3));
        assertEquals(4, out.size());
    }

    @Test
    void markupInPostsIsEscapedInTheJson() throws Exception {
        String out = run("<script>alert('x')</script> Kẹt xe \"Q1\"\n".getBytes(StandardCharsets.UTF_8)).get(0);
        assertTrue(!out.contains("<script"), out);
        assertTrue(out.startsWith("{") && out.endsWith("}"), out);
    }
}
