package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.langnghe.it.AdminApi.admin;
import static vn.langnghe.it.AdminApi.error;
import static vn.langnghe.it.AdminApi.get;
import static vn.langnghe.it.AdminApi.object;
import static vn.langnghe.it.AdminApi.post;
import static vn.langnghe.it.AdminApi.put;
import static vn.langnghe.it.AdminApi.send;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admins' JSON API for units and accounts (docs/api.md) against the real EAR, database and Solr:
 * the contract other clients rely on, clear refusals of bad input (400 / 404 / 409), non-admins refused,
 * the audit trail's old → new values, and a disabled account's open session ended.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminApiIT {
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String UNIT = "ward-it-" + RUN;
    private static final String USER = "it.api." + RUN;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }

    @Test
    @Order(1)
    void nonAdminsAreRefused() throws Exception {
        for (String path : List.of("api/v1/units", "api/v1/accounts")) {
            HttpResponse<String> anonymous = send(get(path), null, null);
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            HttpResponse<String> analyst = send(get(path), "phantich.q1", ItEnvironment.get("it.demo.password"));
            assertEquals(403, analyst.statusCode(), analyst.body());
            assertEquals("the admin role is required", error(analyst));
        }
        HttpResponse<String> write = send(put("api/v1/units/ward-26740/scope", "{\"areas\":[]}"), "phantich.q1",
                ItEnvironment.get("it.demo.password"));
        assertEquals(403, write.statusCode(), write.body());
        assertEquals(403, send(post("api/v1/accounts", "{}"), "phantich.q1", ItEnvironment.get("it.demo.password"))
                .statusCode());
    }

    @Test
    @Order(2)
    void unitsAreListedWithParentScopeAndClearance() throws Exception {
        JsonArray units = (JsonArray) AdminApi.json(admin(get("api/v1/units"), 200).body());
        Map<String, JsonObject> byCode = units.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("code"), u -> u));
        assertTrue(units.size() >= 1 + 7 + 20 + 168, "seeded units: " + units.size());
        JsonObject ward = byCode.get("ward-26740");
        assertEquals("ward", ward.getString("kind"));
        assertEquals("area-q1", ward.getString("parent"));
        assertEquals(List.of("26740"), strings(ward.getJsonObject("scope").getJsonArray("wards")));
        assertFalse(ward.getBoolean("personalDataClearance"));
        JsonObject admins = byCode.get("city-admin");
        assertTrue(admins.isNull("parent"));
        assertEquals(Map.of("areas", List.of(), "wards", List.of(), "topics", List.of()), scope(admins));
        assertEquals(List.of("health"), strings(byCode.get("so-y-te").getJsonObject("scope").getJsonArray("topics")));
    }

    @Test
    @Order(3)
    void aUnitIsCreatedUnderItsParentOnce() throws Exception {
        HttpResponse<String> created = admin(post("api/v1/units",
                "{\"code\":\"" + UNIT + "\",\"name\":\"Tổ thử nghiệm <b>API</b>\",\"kind\":\"ward\",\"parent\":\"area-q1\"}"), 201);
        JsonObject u = object(created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/units/" + UNIT));
        assertEquals("Tổ thử nghiệm <b>API</b>", u.getString("name"));
        assertEquals("ward", u.getString("kind"));
        assertEquals("area-q1", u.getString("parent"));
        assertEquals(List.of("q1"), strings(u.getJsonObject("scope").getJsonArray("areas")), "the parent's scope");
        assertFalse(u.getBoolean("personalDataClearance"));

        assertEquals(409, send(post("api/v1/units", "{\"code\":\"" + UNIT + "\",\"name\":\"x\",\"kind\":\"ward\"}"),
                "admin", ItEnvironment.get("it.admin.password")).statusCode());
        assertTrue(error(admin(post("api/v1/units", "{\"code\":\"Tổ 1\",\"name\":\"x\",\"kind\":\"ward\"}"), 400))
                .startsWith("a unit code has"));
        assertEquals("unknown parent unit \"area-nowhere\"", error(admin(post("api/v1/units",
                "{\"code\":\"x-" + RUN + "\",\"name\":\"x\",\"kind\":\"ward\",\"parent\":\"area-nowhere\"}"), 400)));
        assertTrue(error(admin(post("api/v1/units", "{\"code\":\"x-" + RUN + "\",\"name\":\"x\",\"kind\":\"province\"}"), 400))
                .startsWith("unknown unit kind"));
        assertEquals("the unit name is required", error(admin(post("api/v1/units",
                "{\"code\":\"x-" + RUN + "\",\"kind\":\"ward\"}"), 400)));
        assertTrue(error(admin(post("api/v1/units", "{\"code\":\"x\",\"colour\":\"red\"}"), 400)).startsWith("unknown field \"colour\""));
        assertTrue(error(admin(post("api/v1/units", "[1,2"), 400)).startsWith("the body"));
    }

    @Test
    @Order(4)
    void aScopeNamesOnlyKnownCodes() throws Exception {
        JsonObject u = object(admin(put("api/v1/units/" + UNIT + "/scope",
                "{\"areas\":[],\"wards\":[\"26737\",\"26740\"],\"topics\":[\"flooding\"]}"), 200).body());
        assertEquals(Map.of("areas", List.of(), "wards", List.of("26737", "26740"), "topics", List.of("flooding")), scope(u));
        assertEquals(scope(u), scope(object(admin(get("api/v1/units/" + UNIT), 200).body())), "kept");

        assertEquals("unknown area code \"q99\"; unknown ward code \"99999\"; unknown topic code \"weather\"",
                error(admin(put("api/v1/units/" + UNIT + "/scope",
                        "{\"areas\":[\"q99\"],\"wards\":[\"99999\"],\"topics\":[\"weather\"]}"), 400)));
        assertEquals("unknown ward code \"q1) OR *:*\"", error(admin(put("api/v1/units/" + UNIT + "/scope",
                "{\"wards\":[\"q1) OR *:*\"]}"), 400)));
        assertEquals("wards must be a list of texts", error(admin(put("api/v1/units/" + UNIT + "/scope",
                "{\"wards\":\"26737\"}"), 400)));
        assertEquals(scope(u), scope(object(admin(get("api/v1/units/" + UNIT), 200).body())), "a refusal changes nothing");
        assertEquals(404, admin(put("api/v1/units/ward-nowhere/scope", "{}"), 404).statusCode());

        JsonObject city = object(admin(put("api/v1/units/" + UNIT + "/scope",
                "{\"areas\":[],\"wards\":[],\"topics\":[]}"), 200).body());
        assertEquals(Map.of("areas", List.of(), "wards", List.of(), "topics", List.of()), scope(city), "the whole city");
        admin(put("api/v1/units/" + UNIT + "/scope", "{\"areas\":[\"q1\"],\"wards\":[],\"topics\":[]}"), 200);

        List<String> audit = awaitAudit("unit.scope-change", "unit:" + UNIT, 3);
        assertTrue(audit.contains("whole city → areas=[q1] wards=[] topics=[]"), audit.toString());
        assertTrue(audit.contains("areas=[q1] wards=[] topics=[] → areas=[] wards=[26737, 26740] topics=[flooding]"),
                audit.toString());
    }

    @Test
    @Order(5)
    void theClearanceNeedsAReason() throws Exception {
        assertEquals("a reason is required: say why the clearance is granted or withdrawn",
                error(admin(put("api/v1/units/" + UNIT + "/clearance", "{\"granted\":true}"), 400)));
        assertEquals("granted is required: true or false",
                error(admin(put("api/v1/units/" + UNIT + "/clearance", "{\"reason\":\"x\"}"), 400)));
        JsonObject granted = object(admin(put("api/v1/units/" + UNIT + "/clearance",
                "{\"granted\":true,\"reason\":\"Quyết định 12/QĐ-UBND\"}"), 200).body());
        assertTrue(granted.getBoolean("personalDataClearance"));
        JsonObject withdrawn = object(admin(put("api/v1/units/" + UNIT + "/clearance",
                "{\"granted\":false,\"reason\":\"hết hạn\"}"), 200).body());
        assertFalse(withdrawn.getBoolean("personalDataClearance"));
        assertEquals(List.of("clearance false → true; reason: Quyết định 12/QĐ-UBND"),
                awaitAudit("unit.clearance-grant", "unit:" + UNIT, 1));
        assertEquals(List.of("clearance true → false; reason: hết hạn"),
                awaitAudit("unit.clearance-withdraw", "unit:" + UNIT, 1));
    }

    @Test
    @Order(6)
    void anAccountIsCreatedWithAPasswordShownOnce() throws Exception {
        HttpResponse<String> created = admin(post("api/v1/accounts", "{\"username\":\"" + USER
                + "\",\"displayName\":\"Trần Văn API\",\"unit\":\"" + UNIT + "\",\"roles\":[\"admin\",\"analyst\"]}"), 201);
        JsonObject a = object(created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/accounts/" + USER));
        assertEquals(USER, a.getString("username"));
        assertEquals("Trần Văn API", a.getString("displayName"));
        assertEquals(UNIT, a.getString("unit"));
        assertEquals(List.of("admin", "analyst"), strings(a.getJsonArray("roles")));
        assertTrue(a.getBoolean("enabled"));
        assertFalse(a.getBoolean("locked"));
        assertTrue(a.getBoolean("mustChangePassword"));
        assertTrue(a.isNull("lastLoginAt"));
        String password = a.getString("password");
        assertTrue(password.length() >= 12, password);

        HttpResponse<String> own = send(get("api/v1/units"), USER, password);
        assertEquals(403, own.statusCode(), "the password works, and must be changed first: " + own.body());
        assertTrue(error(own).startsWith("password change required"));
        JsonObject listed = object(admin(get("api/v1/accounts?q=" + USER), 200).body());
        assertFalse(listed.getJsonArray("items").getJsonObject(0).containsKey("password"), "shown once only");

        assertEquals(409, admin(post("api/v1/accounts", "{\"username\":\"" + USER.toUpperCase()
                + "\",\"displayName\":\"x\",\"unit\":\"" + UNIT + "\",\"roles\":[\"viewer\"]}"), 409).statusCode());
        assertTrue(error(admin(post("api/v1/accounts", "{\"username\":\"a b\",\"displayName\":\"x\",\"unit\":\""
                + UNIT + "\",\"roles\":[\"viewer\"]}"), 400)).startsWith("a username has 3 to 64 characters"));
        assertEquals("unknown role \"boss\" (roles: admin, analyst, viewer, api_client)", error(admin(post("api/v1/accounts",
                "{\"username\":\"x" + RUN + "\",\"displayName\":\"x\",\"unit\":\"" + UNIT + "\",\"roles\":[\"boss\"]}"), 400)));
        assertEquals("unknown unit \"ward-nowhere\"", error(admin(post("api/v1/accounts",
                "{\"username\":\"x" + RUN + "\",\"displayName\":\"x\",\"unit\":\"ward-nowhere\",\"roles\":[\"viewer\"]}"), 400)));
        assertEquals(404, admin(get("api/v1/accounts/x" + RUN), 404).statusCode(), "nothing was created by a refusal");
        assertEquals(List.of("unit=" + UNIT + ", roles=[admin, analyst]; generated password, to be changed at first sign-in"),
                awaitAudit("account.create", "account:" + USER, 1));
    }

    @Test
    @Order(7)
    void accountsAreFilteredSortedAndPaged() throws Exception {
        admin(post("api/v1/accounts", "{\"username\":\"" + USER + ".b\",\"displayName\":\"Lê Thị B\",\"unit\":\"" + UNIT
                + "\",\"roles\":[\"viewer\"]}"), 201);
        JsonObject ofUnit = object(admin(get("api/v1/accounts?unit=" + UNIT), 200).body());
        assertEquals(2, ofUnit.getInt("total"));
        assertEquals(List.of(USER, USER + ".b"), usernames(ofUnit));
        JsonObject desc = object(admin(get("api/v1/accounts?unit=" + UNIT + "&sort=username&order=desc"), 200).body());
        assertEquals(List.of(USER + ".b", USER), usernames(desc));
        JsonObject viewers = object(admin(get("api/v1/accounts?unit=" + UNIT + "&role=viewer"), 200).body());
        assertEquals(List.of(USER + ".b"), usernames(viewers));
        JsonObject byName = object(admin(get("api/v1/accounts?q=L%C3%AA%20TH%E1%BB%8A"), 200).body());
        assertTrue(usernames(byName).contains(USER + ".b"), byName.toString());
        JsonObject paged = object(admin(get("api/v1/accounts?unit=" + UNIT + "&page=1&size=1"), 200).body());
        assertEquals(2, paged.getInt("total"));
        assertEquals(List.of(USER + ".b"), usernames(paged));
        JsonObject all = object(admin(get("api/v1/accounts"), 200).body());
        assertTrue(all.getInt("total") >= 4, all.toString());
        JsonObject adminAccount = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals("admin")).findFirst().orElseThrow();
        assertFalse(adminAccount.isNull("lastLoginAt"), "the admin has signed in (Basic)");

        assertEquals("size is between 1 and 200 (not 500)", error(admin(get("api/v1/accounts?size=500"), 400)));
        assertEquals("page must be a whole number", error(admin(get("api/v1/accounts?page=x"), 400)));
        assertTrue(error(admin(get("api/v1/accounts?role=boss"), 400)).startsWith("unknown role"));
        assertEquals("enabled must be true or false", error(admin(get("api/v1/accounts?enabled=maybe"), 400)));
        assertTrue(error(admin(get("api/v1/accounts?sort=password_hash"), 400)).startsWith("cannot sort by"));
    }

    @Test
    @Order(8)
    void anAccountIsEditedResetDisabledAndEnabled() throws Exception {
        String b = USER + ".b";
        JsonObject edited = object(admin(put("api/v1/accounts/" + b,
                "{\"displayName\":\"Lê Thị Bê\",\"unit\":\"ward-26740\",\"roles\":[\"analyst\"]}"), 200).body());
        assertEquals("Lê Thị Bê", edited.getString("displayName"));
        assertEquals("ward-26740", edited.getString("unit"));
        assertEquals(List.of("analyst"), strings(edited.getJsonArray("roles")));
        assertEquals(List.of("displayName Lê Thị B → Lê Thị Bê; unit " + UNIT + " → ward-26740; roles [viewer] → [analyst]"),
                awaitAudit("account.update", "account:" + b, 1));
        assertEquals("unknown unit \"nowhere\"", error(admin(put("api/v1/accounts/" + b, "{\"unit\":\"nowhere\"}"), 400)));
        assertEquals(404, admin(put("api/v1/accounts/nobody." + RUN, "{\"displayName\":\"x\"}"), 404).statusCode());

        String password = object(admin(post("api/v1/accounts/" + b + "/password-reset", ""), 200).body()).getString("password");
        HttpClient session = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(session, b, password).statusCode(), "the new one-time password works");
        assertTrue(object(admin(get("api/v1/accounts/" + b), 200).body()).getBoolean("mustChangePassword"));
        assertEquals(404, admin(post("api/v1/accounts/nobody." + RUN + "/password-reset", ""), 404).statusCode());

        assertEquals(302, ItEnvironment.get(session, "dashboard.xhtml").statusCode(), "sent to change the password");
        assertEquals(200, ItEnvironment.get(session, "password.xhtml").statusCode(), "the session is open");
        JsonObject disabled = object(admin(put("api/v1/accounts/" + b + "/enabled", "{\"enabled\":false}"), 200).body());
        assertFalse(disabled.getBoolean("enabled"));
        HttpResponse<String> ended = ItEnvironment.get(session, "password.xhtml");
        assertEquals(302, ended.statusCode(), "the disabled account's session ends at its next request");
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), ended.headers().toString());
        assertEquals(200, ItEnvironment.signIn(session, b, password).statusCode(),
                "a disabled account cannot sign in again (the sign-in page again)");
        assertEquals(401, send(get("api/v1/units"), b, password).statusCode());
        assertEquals(List.of("enabled true → false"), awaitAudit("account.disable", "account:" + b, 1));

        assertTrue(object(admin(put("api/v1/accounts/" + b + "/enabled", "{\"enabled\":true}"), 200).body())
                .getBoolean("enabled"));
        assertEquals(302, ItEnvironment.signIn(ItEnvironment.client(), b, password).statusCode(), "enabled again");
        assertEquals("an admin cannot disable their own account",
                error(admin(put("api/v1/accounts/admin/enabled", "{\"enabled\":false}"), 400)));
        assertEquals("enabled is required: true or false",
                error(admin(put("api/v1/accounts/" + b + "/enabled", "{\"enabled\":\"no\"}"), 400)));
    }

    @Test
    @Order(9)
    void anApiSessionOfADisabledAdminEndsWith401() throws Exception {
        String password = object(admin(post("api/v1/accounts/" + USER + "/password-reset", ""), 200).body()).getString("password");
        HttpClient session = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(session, USER, password).statusCode());
        admin(put("api/v1/accounts/" + USER + "/enabled", "{\"enabled\":false}"), 200);
        HttpResponse<String> rsp = session.send(java.net.http.HttpRequest.newBuilder(AdminApi.uri("api/v1/units")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, rsp.statusCode(), rsp.body());
        assertTrue(error(rsp).contains("disabled"), rsp.body());
    }

    private static List<String> usernames(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("username")).toList();
    }

    private static Map<String, List<String>> scope(JsonObject unit) {
        JsonObject s = unit.getJsonObject("scope");
        return Map.of("areas", strings(s.getJsonArray("areas")), "wards", strings(s.getJsonArray("wards")),
                "topics", strings(s.getJsonArray("topics")));
    }

    static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The audit trail is written in the background: waits for at least {@code n} events of the action. */
    static List<String> awaitAudit(String action, String target, int n) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<String> details = AdminApi.auditDetails(action, target);
        while (details.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(300);
            details = AdminApi.auditDetails(action, target);
        }
        return details;
    }
}
