package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API's guard against cross-site requests in a browser session: the Origin against the Host. */
class CrossSiteTest {
    private static ContainerRequestContext request(String... headers) {
        Map<String, String> h = new HashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.put(headers[i].toLowerCase(java.util.Locale.ROOT), headers[i + 1]);
        }
        return (ContainerRequestContext) Proxy.newProxyInstance(CrossSiteTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return h.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void sameHostOrNoOriginIsNotCrossSite() {
        assertFalse(AdminOnlyFilter.crossSite(request("Host", "langnghe.example:8080",
                "Origin", "https://langnghe.example:8080")));
        assertFalse(AdminOnlyFilter.crossSite(request("Host", "langnghe.example")), "no Origin: not a browser's cross-site request");
        assertFalse(AdminOnlyFilter.crossSite(request("Host", "10.0.0.5:8080", "X-Forwarded-Host", "langnghe.example, proxy",
                "Origin", "https://langnghe.example")), "behind a proxy");
    }

    @Test
    void anotherSiteANullOriginOrGarbageIsCrossSite() {
        assertTrue(AdminOnlyFilter.crossSite(request("Host", "langnghe.example", "Origin", "https://evil.example")));
        assertTrue(AdminOnlyFilter.crossSite(request("Host", "langnghe.example", "Origin", "null")));
        assertTrue(AdminOnlyFilter.crossSite(request("Host", "langnghe.example", "Origin", "https://langnghe.example.evil.example")));
        assertTrue(AdminOnlyFilter.crossSite(request("Host", "langnghe.example", "Origin", "http://[bad")));
        assertTrue(AdminOnlyFilter.crossSite(request("Origin", "https://langnghe.example")), "no Host to compare");
    }
}
