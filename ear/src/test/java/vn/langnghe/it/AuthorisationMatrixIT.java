package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix (issue 14): every page, every page action and every API endpoint, called
 * as every role in three kinds of unit (the standing city unit, a department with a topic scope, a
 * ward with a region scope) and anonymously. Each cell asserts allowed or denied; every page that
 * returns posts or counts of posts is checked against the caller's scope, computed here from the
 * documents in Solr and the unit's scope as the admin API reports it (an oracle independent of the
 * application's own scope filter). Later issues add their pages and endpoints to {@link #pages()}
 * and {@link #endpoints()}; the size of the matrix is printed and written to
 * {@code target/authorisation-matrix.md}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorisationMatrixIT {
    static final List<String> UNITS = List.of("city-admin", "so-xay-dung", "ward-26740");
    static final List<String> ROLES = List.of("admin", "analyst", "viewer", "api_client");
    /** The API clients of each unit: every permission, and reading posts only. */
    static final Map<String, List<String>> CLIENT_PERMISSIONS = Map.of(
            "client-all", List.of("posts:read", "stats:read", "analyze", "sources:admin"),
            "client-read", List.of("posts:read"));
    static final Set<String> PAGE_ROLES = Set.of("admin", "analyst", "viewer");
    static final String NEW_PASSWORD = "Ma-tran-quyen-2026!";

    /** Who calls: a role in a unit, or nobody (no role, no unit). */
    record Caller(String role, String unit, String username, String password, HttpClient session, String token,
                  Set<String> permissions) {
        Caller(String role, String unit, String username, String password, HttpClient session) {
            this(role, unit, username, password, session, null, Set.of());
        }

        boolean anonymous() {
            return role == null;
        }

        /** A registered API client (issue 16), calling with its bearer token. */
        boolean client() {
            return token != null;
        }

        @Override
        public String toString() {
            return anonymous() ? "anonymous" : role + "@" + unit;
        }
    }

    /** A page: who may open it (roles), and whether it shows counts of posts in the caller's scope. */
    record Page(String path, Set<String> roles, boolean showsScopedCounts) {
    }

    /**
     * An API endpoint: method, path (with {source} for a disposable source of the caller's own), body, who may
     * call it as an account (roles) and as a client (the permission it needs; null: no client token).
     */
    record Endpoint(String method, String path, String body, Set<String> roles, String permission) {
        Endpoint(String method, String path, String body, Set<String> roles) {
            this(method, path, body, roles, null);
        }

        String name() {
            return method + " /api/v1/" + path;
        }
    }

    private static final Set<String> ADMIN = Set.of("admin");
    /** Every account that is signed in, whatever its role: reading posts and statistics. */
    private static final Set<String> EVERY_ROLE = Set.copyOf(ROLES);
    private static final Set<String> EVERYONE = Set.of("*");

    static List<Page> pages() {
        return List.of(
                new Page("dashboard.xhtml", PAGE_ROLES, true),
                new Page("password.xhtml", Set.of("admin", "analyst", "viewer", "api_client"), false),
                new Page("saved-queries.xhtml", PAGE_ROLES, false),
                new Page("sources.xhtml", ADMIN, false),
                new Page("units.xhtml", ADMIN, false),
                new Page("accounts.xhtml", ADMIN, false),
                new Page("clients.xhtml", ADMIN, false),
                new Page("audit.xhtml", ADMIN, false),
                new Page("audit/export.csv", ADMIN, false),
                new Page("retention.xhtml", ADMIN, false),
                new Page("export.xhtml", Set.of("admin", "analyst"), false),
                new Page("search", PAGE_ROLES, true),
                new Page("search?sort=newest&page=2", PAGE_ROLES, true));
    }

    static List<Endpoint> endpoints() {
        String feed = "{\"name\":\"%s\",\"type\":\"feed\",\"intervalSeconds\":3600,"
                + "\"config\":{\"feedUrl\":\"http://127.0.0.1:9/feed.xml\"}}";
        return List.of(
                new Endpoint("GET", "status", null, EVERYONE),
                new Endpoint("GET", "sources", null, ADMIN, "sources:admin"),
                new Endpoint("GET", "sources/types", null, ADMIN, "sources:admin"),
                new Endpoint("POST", "sources/check", feed, ADMIN, "sources:admin"),
                new Endpoint("POST", "sources", feed, ADMIN, "sources:admin"),
                new Endpoint("GET", "sources/{source}", null, ADMIN, "sources:admin"),
                new Endpoint("PUT", "sources/{source}", feed.replace("%s", "%s-edited"), ADMIN, "sources:admin"),
                new Endpoint("POST", "sources/{source}/pause", "", ADMIN, "sources:admin"),
                new Endpoint("POST", "sources/{source}/resume", "", ADMIN, "sources:admin"),
                new Endpoint("POST", "sources/{source}/reset-cursor", "", ADMIN, "sources:admin"),
                new Endpoint("POST", "sources/{source}/check", "", ADMIN, "sources:admin"),
                new Endpoint("POST", "sources/{source}/run", "", ADMIN, "sources:admin"),
                new Endpoint("DELETE", "sources/{source}", null, ADMIN, "sources:admin"),
                new Endpoint("GET", "units", null, ADMIN),
                new Endpoint("POST", "units", "{\"code\":\"%s\",\"name\":\"Đơn vị thử ma trận\",\"kind\":\"DEPARTMENT\"}", ADMIN),
                new Endpoint("PUT", "units/{unit}/scope", "{\"areas\":[],\"wards\":[],\"topics\":[\"health\"]}", ADMIN),
                new Endpoint("PUT", "units/{unit}/clearance", "{\"granted\":true,\"reason\":\"kiểm thử ma trận\"}", ADMIN),
                new Endpoint("GET", "accounts", null, ADMIN),
                new Endpoint("POST", "accounts", "{\"username\":\"%s\",\"displayName\":\"Ma trận\",\"unit\":\"so-y-te\",\"roles\":[\"viewer\"]}", ADMIN),
                new Endpoint("PUT", "accounts/{account}", "{\"displayName\":\"Ma trận đổi tên\",\"unit\":\"so-y-te\",\"roles\":[\"viewer\"]}", ADMIN),
                new Endpoint("POST", "accounts/{account}/password-reset", "", ADMIN),
                new Endpoint("PUT", "accounts/{account}/enabled", "{\"enabled\":false}", ADMIN),
                new Endpoint("GET", "problems", null, EVERYONE, "*"),
                new Endpoint("GET", "clients", null, ADMIN),
                new Endpoint("POST", "clients", "{\"name\":\"%s\",\"unit\":\"so-y-te\",\"permissions\":[\"posts:read\"]}", ADMIN),
                new Endpoint("GET", "clients/{client}", null, ADMIN),
                new Endpoint("PUT", "clients/{client}", "{\"rateLimitPerMinute\":120}", ADMIN),
                new Endpoint("POST", "clients/{client}/rotate", "{\"overlapHours\":1}", ADMIN),
                new Endpoint("POST", "clients/{client}/revoke", "", ADMIN),

                // analysing texts is what analysts do on the pages: analysts and admins (permission analyze)
                new Endpoint("POST", "analyze", "{\"text\":\"Kẹt xe ở vòng xoay Hàng Xanh\"}", Set.of("admin", "analyst"), "analyze"),
                // reading posts and statistics: every signed-in account, each in its own unit's scope; {post} is a
                // post inside the caller's scope, {sq} a saved query shared with the caller's unit
                new Endpoint("GET", "posts?q=ngap&facet=sentiment&rows=5", null, EVERY_ROLE, "posts:read"),
                new Endpoint("GET", "posts/{post}", null, EVERY_ROLE, "posts:read"),
                new Endpoint("GET", "stats/timeline?split=sentiment&from=30d", null, EVERY_ROLE, "stats:read"),
                new Endpoint("GET", "stats/facets?facet=topic", null, EVERY_ROLE, "stats:read"),
                new Endpoint("GET", "saved-queries", null, EVERY_ROLE, "posts:read"),
                new Endpoint("POST", "saved-queries", "{\"name\":\"%s\",\"query\":\"q=ngap\"}", EVERY_ROLE, "posts:read"),
                new Endpoint("GET", "saved-queries/{sq}/posts?rows=5", null, EVERY_ROLE, "posts:read"),
                new Endpoint("GET", "feeds/saved-queries/{sq}.atom", null, EVERY_ROLE, "posts:read"),
                new Endpoint("GET", "feeds/saved-queries/{sq}.rss", null, EVERY_ROLE, "posts:read"));
    }

    private static final List<Caller> CALLERS = new ArrayList<>();
    /** The API clients, apart: they have no page session, so only the API's checks take them. */
    private static final List<Caller> CLIENTS = new ArrayList<>();
    private static final List<String> CELLS = new ArrayList<>();
    /** Per unit, a saved query its client shared with the unit: what every caller of the unit may poll. */
    private static final Map<String, String> SHARED_QUERY = new java.util.HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @Test
    @Order(1)
    void everyRoleInEveryKindOfUnitHasAnAccount() throws Exception {
        ItEnvironment.awaitDeployment();
        CALLERS.add(new Caller(null, null, null, null, ItEnvironment.client()));
        for (String unit : UNITS) {
            for (String role : ROLES) {
                String username = "mt." + role.replace('_', '-') + "." + unit;
                String generated = issuePassword(username, unit, role);
                HttpClient session = ItEnvironment.client();
                HttpResponse<String> signIn = ItEnvironment.signIn(session, username, generated);
                assertEquals(302, signIn.statusCode(), username + " signs in with the generated password");
                changePassword(session, generated);
                // the password page let it go: a fresh session signs in with the new password
                HttpClient fresh = ItEnvironment.client();
                assertEquals(302, ItEnvironment.signIn(fresh, username, NEW_PASSWORD).statusCode(), username);
                CALLERS.add(new Caller(role, unit, username, NEW_PASSWORD, fresh));
            }
        }
        assertEquals(1 + UNITS.size() * ROLES.size(), CALLERS.size());
    }

    @Test
    @Order(1)
    void everyKindOfUnitHasApiClients() throws Exception {
        ItEnvironment.awaitDeployment();
        Caller admin = new Caller("admin", "city-admin", "admin", ItEnvironment.get("it.admin.password"), ItEnvironment.client());
        for (String unit : UNITS) {
            for (Map.Entry<String, List<String>> kind : new java.util.TreeMap<>(CLIENT_PERMISSIONS).entrySet()) {
                String name = "mt-" + kind.getKey() + "-" + unit + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
                jakarta.json.JsonArrayBuilder perms = Json.createArrayBuilder();
                kind.getValue().forEach(perms::add);
                HttpResponse<String> made = api(admin, "POST", "clients", Json.createObjectBuilder().add("name", name)
                        .add("unit", unit).add("permissions", perms).add("rateLimitPerMinute", 100_000).build().toString());
                assertEquals(201, made.statusCode(), made.body());
                CLIENTS.add(new Caller(kind.getKey(), unit, name, null, null, json(made.body()).getString("token"),
                        Set.copyOf(kind.getValue())));
            }
            Caller all = CLIENTS.stream().filter(c -> c.unit().equals(unit) && c.role().equals("client-all")).findFirst().orElseThrow();
            HttpResponse<String> shared = api(all, "POST", "saved-queries", "{\"name\":\"Ma trận " + unit
                    + "\",\"query\":\"q=ngap\",\"visibility\":\"unit\"}");
            assertEquals(201, shared.statusCode(), shared.body());
            SHARED_QUERY.put(unit, Long.toString(json(shared.body()).getJsonNumber("id").longValue()));
        }
    }

    @Test
    @Order(2)
    void everyPageOpensForItsRolesOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Page page : pages()) {
            for (Caller caller : CALLERS) {
                HttpResponse<String> rsp = ItEnvironment.get(caller.session(), page.path());
                String outcome = pageOutcome(rsp);
                String expected = caller.anonymous() ? "sign-in" : page.roles().contains(caller.role()) ? "allowed" : "denied";
                cell("GET /" + page.path(), caller, expected, outcome, wrong);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * A page action is a postback to the page. A caller whose role may not open the page is refused
     * by the container before any action runs, even with a valid view state taken from a page it may
     * open; the actions themselves are driven in the pages' own browser tests.
     */
    @Test
    @Order(3)
    void pageActionsOfAdminPagesAreRefusedToOtherRoles() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Page page : pages()) {
            if (page.roles().containsAll(PAGE_ROLES)) {
                continue;
            }
            for (Caller caller : CALLERS) {
                if (caller.anonymous() || page.roles().contains(caller.role())) {
                    continue;
                }
                String viewState = viewStateOfAPageItMayOpen(caller);
                String body = "jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
                        + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=x";
                HttpResponse<String> rsp = caller.session().send(HttpRequest.newBuilder(ItEnvironment.base().resolve(page.path()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                cell("POST /" + page.path(), caller, "denied", pageOutcome(rsp), wrong);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    @Order(4)
    void everyEndpointAnswersItsRolesOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        List<Caller> callers = new ArrayList<>(CALLERS);
        callers.addAll(CLIENTS);
        awaitDemoDataIndexed();
        Map<String, JsonObject> scopes = units();
        List<JsonObject> docs = allPosts();
        for (Caller caller : callers) {
            // each caller works on its own disposable objects, made by the first admin
            Map<String, String> targets = new java.util.HashMap<>(disposables(++n));
            String unit = caller.anonymous() ? "city-admin" : caller.unit();
            targets.put("sq", SHARED_QUERY.get(unit));
            targets.put("post", docs.stream().filter(inScope(scopes.get(unit).getJsonObject("scope")))
                    .map(d -> d.getString("id")).sorted().findFirst().orElseThrow());
            for (Endpoint e : endpoints()) {
                String path = e.path();
                for (Map.Entry<String, String> t : targets.entrySet()) {
                    path = path.replace("{" + t.getKey() + "}", URLEncoder.encode(t.getValue(), StandardCharsets.UTF_8));
                }
                String body = e.body() == null ? null : e.body().contains("%s")
                        ? String.format(e.body(), "mt-made-" + n + "-" + caller.toString().replaceAll("[^a-z0-9]", "")) : e.body();
                HttpResponse<String> rsp = api(caller, e.method(), path, body);
                String outcome = switch (rsp.statusCode()) {
                    case 401 -> "sign-in";
                    case 403 -> "denied";
                    default -> rsp.statusCode() >= 500 ? "error " + rsp.statusCode() + " " + rsp.body() : "allowed";
                };
                String expected = e.roles().contains("*") ? "allowed"
                        : caller.anonymous() ? "sign-in"
                        : caller.client() ? (e.permission() != null && caller.permissions().contains(e.permission()) ? "allowed" : "denied")
                        : e.roles().contains(caller.role()) ? "allowed" : "denied";
                if (expected.equals("allowed") && rsp.statusCode() >= 400 && rsp.statusCode() < 500
                        && rsp.statusCode() != 401 && rsp.statusCode() != 403) {
                    outcome = "refused " + rsp.statusCode() + " " + rsp.body();
                }
                cell(e.name(), caller, expected, outcome, wrong);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Every count a page shows is the count of the caller's scope, whatever its role. */
    @Test
    @Order(5)
    void everyScopedCountLiesInsideTheCallersScope() throws Exception {
        awaitDemoDataIndexed();
        Map<String, JsonObject> scopes = units();
        List<JsonObject> docs = allPosts();
        assertTrue(docs.size() >= 500, "the demo data is indexed: " + docs.size());
        List<String> wrong = new ArrayList<>();
        for (Page page : pages()) {
            if (!page.showsScopedCounts()) {
                continue;
            }
            for (Caller caller : CALLERS) {
                if (caller.anonymous() || !page.roles().contains(caller.role())) {
                    continue;
                }
                JsonObject scope = scopes.get(caller.unit()).getJsonObject("scope");
                List<JsonObject> visible = docs.stream().filter(inScope(scope)).toList();
                // the search counts a group of near-duplicates once; the dashboard counts posts
                long expected = page.path().startsWith("search")
                        ? visible.stream().map(d -> d.getString("dup_group", d.getString("id"))).distinct().count()
                        : visible.size();
                Document shown = Jsoup.parse(ItEnvironment.get(caller.session(), page.path()).body());
                long total = Long.parseLong(shown.selectFirst(".ln-total-number, #total-number").text().replaceAll("[^0-9]", ""));
                cell("scope of /" + page.path(), caller, Long.toString(expected), Long.toString(total), wrong);
                // and every post a page lists lies in the scope
                Set<String> inside = visible.stream().map(d -> d.getString("id")).collect(Collectors.toSet());
                for (Element hit : shown.select("[data-id]")) {
                    String id = hit.attr("data-id");
                    cell("post listed on /" + page.path(), caller, "in scope", inside.contains(id) ? "in scope" : "outside: " + id, wrong);
                }
            }
        }
        // the three units really differ: the check would hide nothing if they all saw the city
        long city = docs.size();
        long department = docs.stream().filter(inScope(scopes.get("so-xay-dung").getJsonObject("scope"))).count();
        long ward = docs.stream().filter(inScope(scopes.get("ward-26740").getJsonObject("scope"))).count();
        assertTrue(department > 0 && department < city && ward > 0 && ward < city,
                "department " + department + ", ward " + ward + " of " + city);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * The post view opens a post inside the caller's scope and answers a post outside it exactly as a
     * missing one (404), whatever the role: the id in the address widens nothing.
     */
    @Test
    @Order(6)
    void thePostViewOpensOnlyPostsInTheCallersScope() throws Exception {
        Map<String, JsonObject> scopes = units();
        List<JsonObject> docs = allPosts();
        List<String> wrong = new ArrayList<>();
        for (Caller caller : CALLERS) {
            if (!caller.anonymous() && !PAGE_ROLES.contains(caller.role())) {
                continue;
            }
            Predicate<JsonObject> in = caller.anonymous() ? d -> true : inScope(scopes.get(caller.unit()).getJsonObject("scope"));
            String inside = docs.stream().filter(in).map(d -> d.getString("id")).sorted().findFirst().orElseThrow();
            HttpResponse<String> rsp = ItEnvironment.get(caller.session(), "post?id=" + URLEncoder.encode(inside, StandardCharsets.UTF_8));
            String expected = caller.anonymous() ? "sign-in" : "allowed";
            String got = pageOutcome(rsp);
            if (got.equals("allowed") && !rsp.body().contains("data-id=\"" + inside + "\"")) {
                got = "allowed without the post";
            }
            cell("GET /post (in scope)", caller, expected, got, wrong);
            docs.stream().filter(in.negate()).map(d -> d.getString("id")).sorted().findFirst().ifPresent(outside -> {
                try {
                    HttpResponse<String> r = ItEnvironment.get(caller.session(), "post?id=" + URLEncoder.encode(outside, StandardCharsets.UTF_8));
                    cell("GET /post (outside scope)", caller, "not found", r.statusCode() == 404 && !r.body().contains(outside)
                            ? "not found" : pageOutcome(r), wrong);
                } catch (Exception e) {
                    wrong.add("post outside scope as " + caller + ": " + e);
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * The API reads posts in the caller's scope and nothing else, for accounts and clients alike: walking
     * {@code GET /posts} to its end by cursor gives exactly the near-duplicate groups of the scope (the
     * oracle), every post listed lies in it, and a post outside it is a 404 like a missing one.
     */
    @Test
    @Order(6)
    void theApiReadsOnlyTheCallersScope() throws Exception {
        Map<String, JsonObject> scopes = units();
        List<JsonObject> docs = allPosts();
        List<Caller> callers = new ArrayList<>(CALLERS.stream().filter(c -> !c.anonymous()).toList());
        callers.addAll(CLIENTS);
        List<String> wrong = new ArrayList<>();
        for (Caller caller : callers) {
            Predicate<JsonObject> in = inScope(scopes.get(caller.unit()).getJsonObject("scope"));
            List<JsonObject> visible = docs.stream().filter(in).toList();
            Set<String> inside = visible.stream().map(d -> d.getString("id")).collect(Collectors.toSet());
            long groups = visible.stream().map(d -> d.getString("dup_group", d.getString("id"))).distinct().count();
            Set<String> listed = new java.util.HashSet<>();
            String cursor = "*";
            long total = -1;
            for (int page = 0; page < 100; page++) {
                HttpResponse<String> rsp = api(caller, "GET", "posts?rows=500&fields=id&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8), null);
                if (rsp.statusCode() != 200) {
                    wrong.add("GET /posts as " + caller + ": " + rsp.statusCode() + " " + rsp.body());
                    break;
                }
                JsonObject body = json(rsp.body());
                total = body.getJsonNumber("total").longValue();
                for (JsonObject item : body.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    if (!listed.add(item.getString("id"))) {
                        wrong.add("GET /posts as " + caller + " repeats " + item.getString("id"));
                    }
                }
                String next = body.getString("nextCursor", null);
                if (next == null || next.equals(cursor)) {
                    break;
                }
                cursor = next;
            }
            cell("API total of GET /posts", caller, Long.toString(groups), Long.toString(total), wrong);
            cell("API posts listed by GET /posts", caller, Long.toString(groups), Integer.toString(listed.size()), wrong);
            List<String> outside = listed.stream().filter(id -> !inside.contains(id)).toList();
            cell("API posts outside the scope", caller, "none", outside.isEmpty() ? "none" : outside.toString(), wrong);
            docs.stream().filter(in.negate()).map(d -> d.getString("id")).sorted().findFirst().ifPresent(id -> {
                try {
                    HttpResponse<String> r = api(caller, "GET", "posts/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null);
                    cell("API GET /posts/{id} outside the scope", caller, "not found",
                            r.statusCode() == 404 && !r.body().contains(id) ? "not found" : r.statusCode() + " " + r.body(), wrong);
                } catch (Exception e) {
                    wrong.add("post outside scope as " + caller + ": " + e);
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    @Order(7)
    void theMatrixIsWrittenDown() throws IOException {
        String size = "matrix: " + (pages().size() + pageActions() + endpoints().size()) + " actions ("
                + pages().size() + " pages, " + pageActions() + " page actions, " + endpoints().size() + " API endpoints) × ("
                + ROLES.size() + " roles + " + CLIENT_PERMISSIONS.size() + " kinds of API client) × " + UNITS.size()
                + " units + anonymous = " + CELLS.size() + " checked cells";
        System.out.println(size);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "authorisation-matrix.md"),
                "# Authorisation matrix\n\n" + size + "\n\n| action | caller | expected | got |\n|---|---|---|---|\n"
                        + String.join("\n", CELLS) + "\n");
        assertTrue(CELLS.size() >= (pages().size() + endpoints().size()) * CALLERS.size(), size);
    }

    private static long pageActions() {
        return pages().stream().filter(p -> !p.roles().containsAll(PAGE_ROLES)).count();
    }

    private static void cell(String action, Caller caller, String expected, String got, List<String> wrong) {
        CELLS.add("| " + action + " | " + caller + " | " + expected + " | " + got.lines().findFirst().orElse("") + " |");
        if (!expected.equals(got)) {
            wrong.add(action + " as " + caller + ": expected " + expected + ", got " + got);
        }
    }

    private static String pageOutcome(HttpResponse<String> rsp) {
        if (rsp.statusCode() == 302 && rsp.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            return "sign-in";
        }
        return switch (rsp.statusCode()) {
            case 200 -> "allowed";
            case 403 -> "denied";
            default -> "status " + rsp.statusCode() + " " + rsp.headers().firstValue("Location").orElse("");
        };
    }

    private static String viewStateOfAPageItMayOpen(Caller caller) throws Exception {
        String page = PAGE_ROLES.contains(caller.role()) ? "dashboard.xhtml" : "password.xhtml";
        Element field = Jsoup.parse(ItEnvironment.get(caller.session(), page).body())
                .selectFirst("input[name=jakarta.faces.ViewState]");
        if (field == null) {
            fail(caller + " could not open " + page);
        }
        return field.val();
    }

    // ---- the fixture, through the admin API and the password page -------------------------------

    static String issuePassword(String username, String unit, String role) throws Exception {
        Caller admin = new Caller("admin", "city-admin", "admin", ItEnvironment.get("it.admin.password"), ItEnvironment.client());
        HttpResponse<String> made = api(admin, "POST", "accounts", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Ma trận " + role + " " + unit).add("unit", unit)
                .add("roles", Json.createArrayBuilder().add(role)).build().toString());
        if (made.statusCode() == 409) { // an earlier run in the same environment
            made = api(admin, "POST", "accounts/" + username + "/password-reset", "");
        }
        assertTrue(made.statusCode() == 201 || made.statusCode() == 200, made.statusCode() + " " + made.body());
        return json(made.body()).getString("password");
    }

    /** Fills the page's password form: the current (generated) password, then the new one twice. */
    static void changePassword(HttpClient session, String current) throws Exception {
        HttpResponse<String> page = ItEnvironment.get(session, "password.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        Document doc = Jsoup.parse(page.body());
        Element form = doc.select("form").stream().filter(f -> f.select("input[type=password]").size() == 3)
                .findFirst().orElseThrow(() -> new AssertionError("no password form: " + page.body()));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.val());
        }
        List<Element> secrets = form.select("input[type=password]");
        fields.put(secrets.get(0).attr("name"), current);
        fields.put(secrets.get(1).attr("name"), NEW_PASSWORD);
        fields.put(secrets.get(2).attr("name"), NEW_PASSWORD);
        Element submit = form.selectFirst("button[type=submit], input[type=submit]");
        fields.put(submit.attr("name"), "");
        // PrimeFaces' CSP mode checks the page's nonce on every postback; its script adds it in a browser
        fields.put("primefaces.nonce", ItEnvironment.nonce(doc));
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> rsp = session.send(HttpRequest.newBuilder(ItEnvironment.base().resolve(
                        form.attr("action").isEmpty() ? "password.xhtml" : form.attr("action").replaceFirst("^/", "")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, rsp.statusCode(), "the password was changed: " + rsp.body());
    }

    /** A source, a unit and an account of this caller's own, for the endpoints that act on one. */
    private static Map<String, String> disposables(int n) throws Exception {
        Caller admin = new Caller("admin", "city-admin", "admin", ItEnvironment.get("it.admin.password"), ItEnvironment.client());
        HttpResponse<String> source = api(admin, "POST", "sources", "{\"name\":\"mt-source-" + n
                + "\",\"type\":\"feed\",\"intervalSeconds\":3600,\"config\":{\"feedUrl\":\"http://127.0.0.1:9/feed.xml\"},\"paused\":true}");
        assertEquals(201, source.statusCode(), source.body());
        HttpResponse<String> unit = api(admin, "POST", "units", "{\"code\":\"mt-unit-" + n
                + "\",\"name\":\"Đơn vị ma trận " + n + "\",\"kind\":\"DEPARTMENT\"}");
        assertEquals(201, unit.statusCode(), unit.body());
        HttpResponse<String> account = api(admin, "POST", "accounts", "{\"username\":\"mt.target." + n
                + "\",\"displayName\":\"Đích " + n + "\",\"unit\":\"so-y-te\",\"roles\":[\"viewer\"]}");
        assertEquals(201, account.statusCode(), account.body());
        HttpResponse<String> client = api(admin, "POST", "clients", "{\"name\":\"mt-target-client-" + n
                + "\",\"unit\":\"so-y-te\",\"permissions\":[\"stats:read\"]}");
        assertEquals(201, client.statusCode(), client.body());
        return Map.of("source", Long.toString(json(source.body()).getJsonNumber("id").longValue()),
                "unit", "mt-unit-" + n, "account", "mt.target." + n,
                "client", Long.toString(json(client.body()).getJsonNumber("id").longValue()));
    }

    private static HttpResponse<String> api(Caller caller, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(ItEnvironment.base().resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(60)).version(HttpClient.Version.HTTP_1_1)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json; charset=utf-8");
        }
        if (caller.client()) {
            b.header("Authorization", "Bearer " + caller.token());
        } else if (!caller.anonymous()) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (caller.username() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return ItEnvironment.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- the oracle: the scope rules of docs/security.md, applied to what Solr holds ----------------

    private static Map<String, JsonObject> units() throws Exception {
        Caller admin = new Caller("admin", "city-admin", "admin", ItEnvironment.get("it.admin.password"), ItEnvironment.client());
        HttpResponse<String> rsp = api(admin, "GET", "units", null);
        assertEquals(200, rsp.statusCode(), rsp.body());
        Map<String, JsonObject> byCode = new LinkedHashMap<>();
        for (JsonValue v : Json.createReader(new StringReader(rsp.body())).readArray()) {
            byCode.put(v.asJsonObject().getString("code"), v.asJsonObject());
        }
        return byCode;
    }

    /**
     * A region scope sees posts naming one of its areas or wards and the posts naming no area of the
     * city; a topic scope the posts with one of its topics; both must hold when both are set.
     */
    static Predicate<JsonObject> inScope(JsonObject scope) {
        Set<String> areas = strings(scope.getJsonArray("areas"));
        Set<String> wards = strings(scope.getJsonArray("wards"));
        Set<String> topics = strings(scope.getJsonArray("topics"));
        return doc -> {
            boolean regionOk = areas.isEmpty() && wards.isEmpty()
                    || strings(doc.getJsonArray("region_areas")).stream().anyMatch(areas::contains)
                    || strings(doc.getJsonArray("region_units")).stream().anyMatch(wards::contains)
                    || strings(doc.getJsonArray("region_path")).stream().noneMatch(p -> p.startsWith("1/hcmc/"));
            boolean topicOk = topics.isEmpty() || strings(doc.getJsonArray("topics")).stream().anyMatch(topics::contains);
            return regionOk && topicOk;
        };
    }

    private static Set<String> strings(JsonArray a) {
        return a == null ? Set.of() : a.getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet());
    }

    private static List<JsonObject> allPosts() throws Exception {
        String url = ItEnvironment.get("it.solr.url").split(",")[0]
                + "/posts/select?q=*:*&rows=1000000&fl=id,dup_group,region_areas,region_units,region_path,topics&wt=json";
        HttpResponse<String> rsp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, rsp.statusCode(), rsp.body());
        return json(rsp.body()).getJsonObject("response").getJsonArray("docs").getValuesAs(JsonObject.class);
    }

    /** The demo replay has run and nothing waits in the outbox: the counts hold still while compared. */
    private static void awaitDemoDataIndexed() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject status = json(ItEnvironment.get(ItEnvironment.client(), "api/v1/status").body());
            if (status.getJsonNumber("documents").longValue() >= 700 && status.getJsonNumber("harvestWaiting").longValue() == 0) {
                return;
            }
            Thread.sleep(2000);
        }
        fail("the demo data was not indexed within 240 s");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
