package vn.langnghe.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser security headers of every answer, set before anything else writes to the response.
 *
 * <p>Pages get one Content-Security-Policy, {@link #PAGE_POLICY}. PrimeFaces' CSP mode (web.xml:
 * {@code primefaces.CSP}, with {@code primefaces.CSP_POLICY} set to the same text) sends it again on every
 * Faces page with the page's nonce appended to {@code script-src}, and renders its inline scripts and
 * event handlers with that nonce. The response is wrapped so that PrimeFaces' header <em>replaces</em> ours
 * instead of being added next to it: a browser enforces every policy it gets, and ours, without the nonce,
 * would block PrimeFaces' scripts. Answers PrimeFaces does not render (the container's error page,
 * resources) keep ours: no inline script at all. JSON answers of the API get a policy that allows nothing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /**
     * Scripts only from the application (PrimeFaces adds the page's nonce at the end, so script-src comes
     * last); styles also inline, because PrimeFaces' components and our bars write style attributes;
     * images and fonts also as data: URLs, which the theme uses.
     */
    static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** A year; no includeSubDomains: the platform does not know what else runs under its domain. */
    static final String HSTS = "max-age=31536000";
    private static final String API_PREFIX = "/api/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers(pathOf(request), request.isSecure()).forEach(response::setHeader);
        chain.doFilter(request, new OnePolicy(response));
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

    /** Lets a policy written later (PrimeFaces', with its nonce) take the place of ours. */
    static final class OnePolicy extends HttpServletResponseWrapper {
        private static final String CSP = "Content-Security-Policy";

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
