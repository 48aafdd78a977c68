package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser security headers on the real server (issue 14): every answer forbids framing, sniffing
 * and foreign referrers; pages carry our policy (PrimeFaces' nonce mode is off, see web.xml), and
 * of the page carries that nonce while no element keeps an inline event handler; API answers allow
 * nothing. Plain HTTP here, so no HSTS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

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

    /** Our policy on a page (scripts are not restricted yet: PrimeFaces' CSP mode is off, see web.xml). */
    private static void assertPage(HttpResponse<String> rsp) {
        assertCommon(rsp);
        List<String> policies = rsp.headers().allValues("Content-Security-Policy");
        String ours = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        assertTrue(policies.contains(ours), policies.toString());
    }
}
