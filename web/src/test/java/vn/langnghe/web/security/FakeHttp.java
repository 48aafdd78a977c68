package vn.langnghe.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Just enough of a servlet request and response for the filters' tests: a proxy answers the few
 * methods a filter calls and fails loudly on any other, so a test never passes on a silent default.
 */
final class FakeHttp {
    private FakeHttp() {
    }

    /** A request for {@code uri} under context path {@code /langnghe}. */
    static HttpServletRequest request(String uri, boolean secure, Map<String, Object> attributes) {
        Map<String, Object> attrs = new HashMap<>(attributes);
        return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "/langnghe";
                    case "isSecure" -> secure;
                    case "getAttribute" -> attrs.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A response that records the headers set on it, in {@code headers}. */
    static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "addHeader" -> {
                        headers.merge((String) args[0], (String) args[1], (a, b) -> a + "\n" + b);
                        yield null;
                    }
                    case "isCommitted" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static Map<String, String> headers() {
        return new LinkedHashMap<>();
    }
}
