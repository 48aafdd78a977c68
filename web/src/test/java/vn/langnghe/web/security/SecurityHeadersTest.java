package vn.langnghe.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
    private final List<String> chained = new ArrayList<>();

    private Map<String, String> filter(String uri, boolean secure, Map<String, Object> attributes) throws Exception {
        Map<String, String> headers = FakeHttp.headers();
        new SecurityHeaders().doFilter(FakeHttp.request(uri, secure, attributes), FakeHttp.response(headers),
                (rq, rs) -> chained.add(uri));
        return headers;
    }

    @Test
    void aPageGetsEveryHeaderAndNoInlineScript() throws Exception {
        Map<String, String> h = filter("/langnghe/dashboard.xhtml", false, Map.of());
        String csp = h.get("Content-Security-Policy");
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "frame-ancestors 'none'", "style-src 'self' 'unsafe-inline'")) {
            assertTrue(csp.contains(directive), directive + " in " + csp);
        }
        // the last directive, so that PrimeFaces' nonce lands in it; nothing inline, nothing eval'd
        assertTrue(csp.endsWith("; script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
        assertEquals("same-origin", h.get("Referrer-Policy"));
        assertEquals("DENY", h.get("X-Frame-Options"));
        assertFalse(h.containsKey("Strict-Transport-Security"), "no HSTS over plain HTTP");
        assertEquals(List.of("/langnghe/dashboard.xhtml"), chained, "the request goes on");
    }

    @Test
    void primeFacesPolicyWithItsNonceReplacesOursInsteadOfJoiningIt() throws Exception {
        Map<String, String> h = FakeHttp.headers();
        String withNonce = SecurityHeaders.PAGE_POLICY + " 'nonce-abc';";
        new SecurityHeaders().doFilter(FakeHttp.request("/langnghe/login.xhtml", false, Map.of()),
                FakeHttp.response(h), (rq, rs) -> {
                    ((HttpServletResponse) rs).addHeader("Content-Security-Policy", withNonce);
                    ((HttpServletResponse) rs).addHeader("X-Other", "kept");
                });
        assertEquals(withNonce, h.get("Content-Security-Policy"));
        assertEquals("kept", h.get("X-Other"));
    }

    @Test
    void apiAnswersAllowNothing() throws Exception {
        Map<String, String> h = filter("/langnghe/api/v1/sources", false, Map.of());
        assertEquals("default-src 'none'; frame-ancestors 'none'", h.get("Content-Security-Policy"));
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
    }

    @Test
    void anApiErrorShownByTheErrorPageKeepsTheApiPolicy() throws Exception {
        Map<String, String> h = filter("/langnghe/container-error", false,
                Map.of(RequestDispatcher.ERROR_REQUEST_URI, "/langnghe/api/v1/nothing"));
        assertEquals(SecurityHeaders.API_POLICY, h.get("Content-Security-Policy"));
        assertEquals(SecurityHeaders.PAGE_POLICY,
                filter("/langnghe/container-error", false, Map.of(RequestDispatcher.ERROR_REQUEST_URI,
                        "/langnghe/nothing.xhtml")).get("Content-Security-Policy"));
    }

    @Test
    void aPageNamedLikeTheApiOutsideItIsAPage() {
        assertEquals(SecurityHeaders.PAGE_POLICY, SecurityHeaders.headers("/apidocs.xhtml", false)
                .get("Content-Security-Policy"));
        assertEquals(SecurityHeaders.PAGE_POLICY, SecurityHeaders.headers("/api", false)
                .get("Content-Security-Policy"));
    }

    @Test
    void hstsOnlyOverTls() throws Exception {
        assertEquals("max-age=31536000", filter("/langnghe/login.xhtml", true, Map.of())
                .get("Strict-Transport-Security"));
        assertEquals("max-age=31536000", filter("/langnghe/api/v1/status", true, Map.of())
                .get("Strict-Transport-Security"));
    }
}
