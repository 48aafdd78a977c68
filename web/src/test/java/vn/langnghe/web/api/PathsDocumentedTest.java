package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document ({@code META-INF/openapi.yaml}, the whole of {@code /openapi}: annotation scanning is
 * off) describes every operation of {@link ApiApplication}'s resources, found by reflection on the JAX-RS
 * annotations, and each operation has an example request, its permission and the problem answers; and it
 * documents nothing else.
 */
class PathsDocumentedTest {
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "get", POST.class, "post",
            PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch", HEAD.class, "head");
    /** Path lines (two spaces) and operation lines (four) of the document's {@code paths}. */
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):$");
    private static final Pattern VERB = Pattern.compile("^    (get|put|post|delete|patch|head):$");

    static String yaml() throws IOException {
        try (InputStream in = PathsDocumentedTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "get /api/v1/units/{code}" for each operation of the document, with its text. */
    static Map<String, String> documented() throws IOException {
        Map<String, String> ops = new java.util.LinkedHashMap<>();
        String path = null;
        String op = null;
        StringBuilder text = new StringBuilder();
        boolean inPaths = false;
        for (String line : yaml().split("\n")) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                inPaths = line.equals("paths:");
            }
            if (!inPaths) {
                continue;
            }
            Matcher p = PATH.matcher(line);
            Matcher v = VERB.matcher(line);
            if (p.matches() || v.matches()) {
                if (op != null) {
                    ops.put(op, text.toString());
                }
                op = null;
                if (p.matches()) {
                    path = p.group(1);
                } else {
                    op = v.group(1) + " " + path;
                    text.setLength(0);
                }
            } else if (op != null) {
                text.append(line).append('\n');
            }
        }
        if (op != null) {
            ops.put(op, text.toString());
        }
        return ops;
    }

    /** "get /api/v1/units/{code}" for each resource method, path parameters without their regular expressions. */
    static TreeSet<String> implemented() {
        return new TreeSet<>(methods().keySet());
    }

    /** The resource method of each operation. */
    static Map<String, Method> methods() {
        String root = "/" + ApiApplication.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value().replaceAll("^/|/$", "");
        Map<String, Method> out = new java.util.TreeMap<>();
        for (Class<?> c : new ApiApplication().getClasses()) {
            Path base = c.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : c.getMethods()) {
                for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
                    if (m.isAnnotationPresent(verb.getKey())) {
                        Path sub = m.getAnnotation(Path.class);
                        String path = root + "/" + base.value().replaceAll("^/|/$", "")
                                + (sub == null ? "" : "/" + sub.value().replaceAll("^/|/$", ""));
                        out.put(verb.getValue() + " " + withoutRegex(path), m);
                    }
                }
            }
        }
        return out;
    }

    static String withoutRegex(String path) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        boolean skipping = false;
        for (char ch : path.toCharArray()) {
            if (ch == '{') {
                depth++;
                if (depth == 1) {
                    sb.append(ch);
                    skipping = false;
                }
                continue;
            }
            if (ch == '}') {
                depth--;
                if (depth == 0) {
                    sb.append(ch);
                }
                continue;
            }
            if (depth == 1 && ch == ':') {
                skipping = true;
            }
            if (depth == 0 || !skipping && depth == 1) {
                if (ch != ' ' || depth == 0) {
                    sb.append(ch);
                }
            }
        }
        return sb.toString();
    }

    @Test
    void everyResourceMethodIsDocumented() throws IOException {
        TreeSet<String> missing = new TreeSet<>(implemented());
        missing.removeAll(documented().keySet());
        assertEquals(new TreeSet<String>(), missing, "resource methods missing from META-INF/openapi.yaml");
        assertTrue(implemented().contains("post /api/v1/analyze"));
        assertTrue(implemented().contains("post /api/v1/clients/{id}/rotate"), implemented().toString());
    }

    @Test
    void nothingIsDocumentedThatNoResourceImplements() throws IOException {
        // every branch is merged: an operation without a resource method is a guess of a shape that does not exist
        List<String> ahead = new ArrayList<>(documented().keySet());
        ahead.removeAll(implemented());
        assertEquals(List.of(), ahead, "documented in META-INF/openapi.yaml but no resource method answers it");
    }

    @Test
    void everyOperationHasAnExampleItsPermissionAndProblemAnswers() throws IOException {
        for (Map.Entry<String, String> op : documented().entrySet()) {
            String text = op.getValue();
            assertTrue(text.contains("x-example-request:"), op.getKey() + " has no x-example-request");
            assertTrue(text.contains("example:") || text.contains("examples:"), op.getKey() + " has no response example");
            assertTrue(text.contains("$ref: '#/components/responses/InternalError'"), op.getKey() + " does not answer problems");
            // an operation without security is public: Payara drops an empty list, so there is no global one
            if (text.contains("\n      security:")) {
                assertTrue(text.contains("x-permission:") && text.contains("Permission: `"), op.getKey() + " needs a sign-in but names no permission");
                assertTrue(text.contains("'401':") && text.contains("'403':") && text.contains("'429':"), op.getKey());
            } else {
                assertTrue(op.getKey().matches("get /api/v1/(status|problems.*)"), op.getKey() + " has no security");
            }
        }
    }

    /**
     * {@code x-permission} is what the code checks: the {@link Permits} code of the method or its class, or
     * {@code admin} for the {@link AdminOnly} resources (an account with the admin role).
     */
    @Test
    void eachOperationNamesThePermissionItsResourceChecks() throws IOException {
        Map<String, String> docs = documented();
        for (Map.Entry<String, Method> op : methods().entrySet()) {
            Method m = op.getValue();
            String expected = ApiAccessFilter.needed(m).map(vn.langnghe.apiclient.Permission::code)
                    .orElse(m.getDeclaringClass().isAnnotationPresent(AdminOnly.class) ? "admin" : null);
            String text = docs.get(op.getKey());
            if (expected == null) {
                assertTrue(!text.contains("x-permission:"), op.getKey() + " is public but names a permission");
            } else {
                assertTrue(text.contains("      x-permission: " + expected + "\n"), op.getKey() + " needs " + expected);
                assertTrue(text.contains("Permission: `" + expected + "`"), op.getKey() + ": its description names " + expected);
            }
        }
    }

    /** Payara's reader (Jackson) does not resolve YAML anchors and aliases: with one it serves an empty document. */
    @Test
    void theFileHasNoAnchorsOrAliases() throws IOException {
        Matcher m = Pattern.compile("(?m)(^|\\s)[&*][A-Za-z_][\\w-]*\\s*$").matcher(yaml());
        boolean found = m.find();
        assertTrue(!found, () -> "an anchor or alias: " + m.group());
    }

    @Test
    void regularExpressionsLeavePathParameters() {
        assertEquals("/a/{id}/rotate", withoutRegex("/a/{id: [0-9]{1,18}}/rotate"));
        assertEquals("/a/{code}", withoutRegex("/a/{code}"));
    }
}
