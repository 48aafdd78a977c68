package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.analysis.region.RegionMatcher;

/** The reading of {@code /analyze} bodies and the answer's shape, on the real analysis engine. */
class AnalyzeTest {
    private static final AnalyzeRequest.Limits LIMITS = new AnalyzeRequest.Limits(1000, 20000);

    private static JsonObject problem(String body, ProblemType expected) {
        ApiProblem p = assertThrows(ApiProblem.class, () -> AnalyzeRequest.parse(body, LIMITS));
        assertEquals(expected, p.type(), body);
        return Json.createReader(new java.io.StringReader((String) p.response().getEntity())).readObject();
    }

    @Test
    void oneTextIsAnalysedWithSentimentTopicsAndNamedPlaces() {
        AnalyzeRequest r = AnalyzeRequest.parse("""
                {"text":"Đường Nguyễn Huệ ở phường Sài Gòn ngập nặng, rác bốc mùi hôi thối quá #ngapnuoc"}""", LIMITS);
        JsonObject a = AnalyzeResource.answer(r, Analyzer.shared(), RegionMatcher.load());
        assertEquals("vi", a.getString("language"), a.toString());
        assertEquals("negative", a.getJsonObject("sentiment").getString("label"), a.toString());
        assertTrue(a.getJsonObject("sentiment").getJsonNumber("score").doubleValue() < 0, a.toString());
        assertTrue(!a.getJsonObject("sentiment").getJsonArray("evidence").isEmpty(), a.toString());
        assertTrue(a.getJsonArray("hashtags").toString().contains("ngapnuoc"), a.toString());
        assertTrue(a.getJsonArray("topicSentiment").toString().contains("flooding:negative"), a.toString());
        JsonObject regions = a.getJsonObject("regions");
        assertTrue(regions.getJsonArray("units").stream().map(JsonValue::asJsonObject)
                .anyMatch(u -> "Phường Sài Gòn".equals(u.getString("name"))), a.toString());
        assertTrue(regions.getJsonArray("areas").stream().map(JsonValue::asJsonObject)
                .anyMatch(u -> "q1".equals(u.getString("code")) && "Quận 1".equals(u.getString("name"))), a.toString());
        assertTrue(!a.containsKey("id"));
    }

    @Test
    void aBatchIsAnsweredInInputOrderWithTheIds() {
        AnalyzeRequest r = AnalyzeRequest.parse("""
                {"items":[{"id":"t1","title":"Kẹt xe Quận 3","text":"Cả tiếng chưa nhúc nhích"},
                          {"id":"t2","text":""},
                          {"id":"t3","text":"<p>Cảm ơn &amp; rất hài lòng</p>","html":true}]}""", LIMITS);
        JsonObject a = AnalyzeResource.answer(r, Analyzer.shared(), RegionMatcher.load());
        assertEquals(3, a.getInt("count"));
        List<String> ids = a.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
        assertEquals(List.of("t1", "t2", "t3"), ids);
        JsonObject t1 = a.getJsonArray("items").getJsonObject(0);
        // the place is in the title only: title and text are analysed together
        assertTrue(t1.getJsonObject("regions").toString().contains("q3"), t1.toString());
        JsonObject t2 = a.getJsonArray("items").getJsonObject(1);
        assertEquals(JsonValue.NULL, t2.get("language"));
        assertEquals(1, t2.getInt("index"));
        assertEquals("positive", a.getJsonArray("items").getJsonObject(2).getJsonObject("sentiment").getString("label"));
    }

    @Test
    void badBodiesAreRefusedNamingEveryProblem() {
        problem("", ProblemType.INVALID_JSON);
        problem("{\"text\":", ProblemType.INVALID_JSON);
        problem("[1,2]", ProblemType.INVALID_JSON);
        problem("\"text\"", ProblemType.INVALID_JSON);
        problem("[".repeat(5000), ProblemType.INVALID_JSON);
        assertTrue(problem("{\"txt\":\"a\"}", ProblemType.BAD_REQUEST).toString().contains("unknown field \\\"txt\\\""));
        problem("{\"text\":42}", ProblemType.BAD_REQUEST);
        problem("{\"text\":\"a\",\"html\":\"yes\"}", ProblemType.BAD_REQUEST);
        problem("{\"items\":[]}", ProblemType.BAD_REQUEST);
        problem("{\"items\":{\"text\":\"a\"}}", ProblemType.BAD_REQUEST);
        problem("{\"items\":[{\"text\":\"a\"}],\"text\":\"b\"}", ProblemType.BAD_REQUEST);
        JsonObject p = problem("{\"items\":[{\"id\":\"\",\"text\":\"a\"},\"x\",{\"id\":\"t3\",\"text\":\"b\",\"lang\":\"vi\"},{\"id\":\"t4\"}]}",
                ProblemType.BAD_REQUEST);
        assertEquals(4, p.getJsonArray("problems").size(), p.toString());
        assertTrue(p.getJsonArray("problems").getString(2).startsWith("items[2].unknown field \"lang\""), p.toString());
        assertTrue(p.getJsonArray("problems").getString(3).startsWith("items[3].text is required"), p.toString());
    }

    @Test
    void limitsOnTheBatchAndOnEachText() {
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 1001; i++) {
            many.add(Json.createObjectBuilder().add("text", "x"));
        }
        assertTrue(problem(Json.createObjectBuilder().add("items", many).build().toString(), ProblemType.BAD_REQUEST)
                .getString("detail").contains("at most 1000"));
        String longText = "a".repeat(20001);
        assertTrue(problem("{\"text\":\"" + longText + "\"}", ProblemType.BAD_REQUEST).getString("detail")
                .contains("longer than 20000"));
        assertEquals(1, AnalyzeRequest.parse("{\"text\":\"" + "a".repeat(20000) + "\"}", LIMITS).items().size());
    }

    @Test
    void aBatchOfAThousandShortTextsTakesSeconds() {
        Analyzer analyzer = Analyzer.shared();
        analyzer.analyze("khởi động"); // models loaded before the clock starts, as on a running server
        String[] samples = {"Đường Lê Lợi quận 1 ngập sau mưa, xe chết máy hàng loạt",
            "Cảm ơn phường Bến Thành đã xử lý rác nhanh chóng", "Kẹt xe kinh khủng ở vòng xoay Hàng Xanh #kẹtxe",
            "The bus service in District 7 is great", "Tiếng ồn công trình ban đêm ở Gò Vấp không ngủ được"};
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < 1000; i++) {
            items.add(Json.createObjectBuilder().add("id", "t" + i).add("text", samples[i % samples.length] + " " + i));
        }
        String body = Json.createObjectBuilder().add("items", items).build().toString();
        // the first batch also pays for the JIT, as the first calls to a freshly started server do
        long cold = System.nanoTime();
        AnalyzeResource.answer(AnalyzeRequest.parse(body, LIMITS), analyzer, RegionMatcher.load());
        long start = System.nanoTime();
        JsonObject a = AnalyzeResource.answer(AnalyzeRequest.parse(body, LIMITS), analyzer, RegionMatcher.load());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("analyze: 1000 short texts in " + ms + " ms (first batch, cold JIT: "
                + (start - cold) / 1_000_000 + " ms)");
        assertEquals(1000, a.getJsonArray("items").size());
        assertEquals("t999", a.getJsonArray("items").getJsonObject(999).getString("id"));
        // seconds, not minutes, even on a loaded build machine (warm: ~0.1-0.3 ms a text, docs/benchmarks.md)
        assertTrue(ms < 15_000, ms + " ms");
    }
}
