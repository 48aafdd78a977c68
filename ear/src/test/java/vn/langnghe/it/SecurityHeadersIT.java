package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser security headers on the real server (issue 14): every answer forbids framing, sniffing
 * and foreign referrers; pages carry one policy, ours with PrimeFaces' nonce in script-src (no
 * 'unsafe-inline', no 'unsafe-eval'), every inline script of the page carries that nonce and no element
 * keeps an inline event handler; answers PrimeFaces does not render keep our policy without a nonce; API
 * answers allow nothing. Plain HTTP here, so no HSTS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {
    /** web.security.SecurityHeaders.PAGE_POLICY */
    private static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self'";
    private static final Pattern NONCE = Pattern.compile(Pattern.quote(POLICY) + " 'nonce-([A-Za-z0-9+/=]+)';");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }

    @Test
    void theLoginPage() throws Exception {
        HttpResponse<String> rsp = ItEnvironment.get(ItEnvironment.client(), "login.xhtml");
        assertEquals(200, rsp.statusCode());
        assertPage(rsp);
    }

    @Test
    void theDashboardSignedIn() throws Exception {
        HttpClient client = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(client, "admin", ItEnvironment.get("it.admin.password")).statusCode());
        HttpResponse<String> rsp = ItEnvironment.get(client, "dashboard.xhtml");
        assertEquals(200, rsp.statusCode(), rsp.body());
        assertPage(rsp);
    }

    @Test
    void anApiAnswer() throws Exception {
        HttpResponse<String> rsp = ItEnvironment.get(ItEnvironment.client(), "api/v1/status");
        assertEquals(200, rsp.statusCode());
        assertCommon(rsp);
        assertEquals(List.of("default-src 'none'; frame-ancestors 'none'"),
                rsp.headers().allValues("Content-Security-Policy"));
        // and an API error the container answers through its error page keeps the API's policy
        HttpResponse<String> missing = ItEnvironment.get(ItEnvironment.client(), "api/v1/nothing-here");
        assertEquals(404, missing.statusCode());
        assertEquals(List.of("default-src 'none'; frame-ancestors 'none'"),
                missing.headers().allValues("Content-Security-Policy"));
    }

    private static void assertCommon(HttpResponse<String> rsp) {
        assertEquals("nosniff", rsp.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", rsp.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("DENY", rsp.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(rsp.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    @Test
    void aPageThatPrimeFacesDoesNotRenderAllowsNoInlineScript() throws Exception {
        HttpResponse<String> rsp = ItEnvironment.get(ItEnvironment.client(), "no-such-page.html");
        assertEquals(404, rsp.statusCode());
        assertCommon(rsp);
        assertEquals(List.of(POLICY), rsp.headers().allValues("Content-Security-Policy"));
    }

    /** One policy, ours with the page's nonce, which every inline script carries; no inline handlers. */
    private static void assertPage(HttpResponse<String> rsp) {
        assertCommon(rsp);
        List<String> policies = rsp.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        Matcher m = NONCE.matcher(policies.get(0));
        assertTrue(m.matches(), policies.toString());
        String nonce = m.group(1);
        assertFalse(policies.get(0).contains("unsafe-eval"), policies.toString());
        assertFalse(policies.get(0).substring(policies.get(0).indexOf("script-src")).contains("unsafe-inline"),
                policies.toString());
        Document page = Jsoup.parse(rsp.body());
        List<Element> inline = page.select("script:not([src])");
        assertFalse(inline.isEmpty(), "PrimeFaces renders its widgets' inline scripts");
        for (Element script : page.select("script")) {
            assertEquals(nonce, script.attr("nonce"), script.outerHtml());
        }
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                        "an inline event handler would be blocked: " + e.tagName() + " " + a);
                assertFalse(a.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:"),
                        "a javascript: URL would be blocked: " + e.tagName() + " " + a);
            }
        }
    }
}
