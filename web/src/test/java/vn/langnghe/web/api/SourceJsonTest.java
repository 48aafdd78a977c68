package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.ConfigCodec;
import vn.langnghe.harvest.ConnectorType;
import vn.langnghe.harvest.InvalidSourceException;
import vn.langnghe.harvest.SourceView;

class SourceJsonTest {
    private static final ConnectorType MASTODON = new ConnectorType("mastodon", "Mastodon", List.of(
            new ConfigCodec.Field("instanceUrl", ConfigCodec.Kind.TEXT, List.of()),
            new ConfigCodec.Field("timeline", ConfigCodec.Kind.CHOICE, List.of("TAG", "PUBLIC")),
            new ConfigCodec.Field("localOnly", ConfigCodec.Kind.BOOLEAN, List.of()),
            new ConfigCodec.Field("pageSize", ConfigCodec.Kind.INTEGER, List.of())),
            Map.of("pageSize", "40"), List.of("accessToken"));

    @Test
    void aFullBodyBecomesAForm() throws Exception {
        SourceJson.Request r = SourceJson.request("""
                {"name":"Kẹt xe","type":"mastodon","config":{"instanceUrl":"https://m.example","pageSize":20,
                 "localOnly":true,"hashtag":null},"credentials":{"accessToken":"s3cret"},"intervalSeconds":600,
                 "paused":true}""");
        assertEquals("Kẹt xe", r.form().name());
        assertEquals("mastodon", r.form().type());
        assertEquals(Map.of("instanceUrl", "https://m.example", "pageSize", "20", "localOnly", "true"), r.form().config());
        assertEquals(Map.of("accessToken", "s3cret"), r.form().credentials());
        assertEquals(600, r.form().intervalSeconds());
        assertTrue(r.paused());
    }

    @Test
    void anEmptyEditKeepsEverything() throws Exception {
        SourceJson.Request r = SourceJson.request("{}");
        assertNull(r.form().name());
        assertNull(r.form().type());
        assertTrue(r.form().config().isEmpty());
        assertNull(r.form().intervalSeconds());
        assertNull(r.paused());
    }

    @Test
    void whatAGetReturnsCanBePutBack() throws Exception {
        String got = SourceJson.source(view(), MASTODON).toString();
        assertTrue(got.contains("\"runNotes\":[\"Quota: 3 of 300 requests left\"]"), got);
        SourceJson.Request r = SourceJson.request(got);
        assertEquals("Kẹt xe", r.form().name());
        assertEquals("40", r.form().config().get("pageSize"));
        assertTrue(r.form().credentials().isEmpty());
    }

    @Test
    void everyProblemIsNamed() {
        InvalidSourceException e = assertThrows(InvalidSourceException.class, () -> SourceJson.request("""
                {"name":5,"config":{"pageSize":[1]},"credentials":{"accessToken":42},"intervalSeconds":1.5,
                 "paused":"yes","colour":"red"}"""));
        List<String> p = e.problems();
        assertEquals(6, p.size(), p.toString());
        assertTrue(p.contains("name must be a text"), p.toString());
        assertTrue(p.contains("config.pageSize must be a text, number or true/false"), p.toString());
        assertTrue(p.contains("credentials.accessToken must be a text"), p.toString());
        assertTrue(p.contains("intervalSeconds must be a whole number of seconds"), p.toString());
        assertTrue(p.contains("paused must be true or false"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("unknown field \"colour\"")), p.toString());
    }

    @Test
    void notJsonOrNotAnObjectIsRefused() {
        for (String body : new String[] {"", "not json", "[1,2]", "{\"name\":", "\"x\""}) {
            InvalidSourceException e = assertThrows(InvalidSourceException.class, () -> SourceJson.request(body), body);
            assertTrue(e.problems().get(0).startsWith("the body "), e.problems().toString());
        }
        assertThrows(InvalidSourceException.class, () -> SourceJson.request("{\"name\":\"" + "x".repeat(70_000) + "\"}"));
    }

    @Test
    void aSourceShowsCredentialNamesOnlyAndTypedConfig() {
        JsonObject o = SourceJson.source(view(), MASTODON);
        assertEquals("[\"accessToken\"]", o.getJsonArray("credentialsSet").toString());
        assertFalse(o.containsKey("credentials"));
        assertEquals(40, o.getJsonObject("config").getInt("pageSize"));
        assertTrue(o.getJsonObject("config").getBoolean("localOnly"));
        assertEquals("TAG", o.getJsonObject("config").getString("timeline"));
        assertEquals("2025-07-01T01:02:03Z", o.getString("runStartedAt"));
        assertTrue(o.isNull("lastError"));
        assertEquals("RUNNING", o.getString("runState"));
        assertEquals(3, o.getInt("runPages"));
    }

    @Test
    void typesListFieldsDefaultsAndCredentialNames() {
        JsonObject t = SourceJson.type(MASTODON);
        assertEquals("CHOICE", t.getJsonArray("fields").getJsonObject(1).getString("kind"));
        assertEquals("[\"TAG\",\"PUBLIC\"]", t.getJsonArray("fields").getJsonObject(1).getJsonArray("choices").toString());
        assertEquals(40, t.getJsonObject("defaults").getInt("pageSize"));
        assertEquals("[\"accessToken\"]", t.getJsonArray("credentialNames").toString());
    }

    @Test
    void basicCredentialsAreDecoded() {
        String enc = java.util.Base64.getEncoder().encodeToString("quản.trị:p:ss".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"quản.trị", "p:ss"}, AdminOnlyFilter.decode(enc));
        assertNull(AdminOnlyFilter.decode("%%%"));
        assertNull(AdminOnlyFilter.decode(java.util.Base64.getEncoder().encodeToString("nocolon".getBytes())));
        assertNull(AdminOnlyFilter.decode(java.util.Base64.getEncoder().encodeToString(":pw".getBytes())));
    }

    private static SourceView view() {
        return new SourceView(7, "Kẹt xe", "mastodon", "Mastodon",
                Map.of("instanceUrl", "https://m.example", "timeline", "TAG", "localOnly", "true", "pageSize", "40"),
                List.of("accessToken"), 900, false, "RUNNING", Instant.parse("2025-07-01T01:02:03Z"), null, 3, 120,
                List.of("Quota: 3 of 300 requests left"), null, null, null, 0, null, 5000);
    }
}
