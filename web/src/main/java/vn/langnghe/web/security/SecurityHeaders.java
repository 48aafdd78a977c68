package vn.langnghe.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser security headers of every answer, set before anything else writes to the response.
 *
 * <p>Pages get a Content-Security-Policy without {@code script-src}: scripts are PrimeFaces' business.
 * With {@code primefaces.CSP} on (web.xml), PrimeFaces sends a second policy of its own,
 * {@code script-src 'self' 'nonce-…'}, and moves the inline event handlers it renders into nonce'd
 * scripts; a browser enforces both policies, so a script must pass each. Writing {@code default-src}
 * here would make {@code script-src} fall back to {@code 'self'} without the nonce and block PrimeFaces'
 * own scripts. JSON answers of the API get a policy that allows nothing at all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String PAGE_POLICY =
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** A year; no includeSubDomains: the platform does not know what else runs under its domain. */
    static final String HSTS = "max-age=31536000";
    private static final String API_PREFIX = "/api/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers(pathOf(request), request.isSecure()).forEach(response::setHeader);
        chain.doFilter(request, response);
    }

    /** The headers for a path inside the application, served over TLS or not. */
    static Map<String, String> headers(String path, boolean secure) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", path.startsWith(API_PREFIX) ? API_POLICY : PAGE_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        // URLs carry searches about people and places: never tell another site where the user came from
        h.put("Referrer-Policy", "same-origin");
        h.put("X-Frame-Options", "DENY"); // frame-ancestors for browsers that do not read CSP
        if (secure) {
            // over plain HTTP the header is ignored by browsers and would only mislead a reader
            h.put("Strict-Transport-Security", HSTS);
        }
        return h;
    }

    /**
     * The path the client asked for, without the context path. On an error dispatch that is the
     * original request's, so an API error rendered by the error page keeps the API's policy.
     */
    static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
