package vn.langnghe.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.langnghe.audit.AuditRequest;

/**
 * Tells the audit trail where each request comes from, before any page, API resource or sign-in
 * runs. The TCP peer's address, not X-Forwarded-For: a client can write that header itself, and no
 * trusted proxy is configured yet.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {
    @Inject
    AuditRequest auditRequest;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        auditRequest.setClientAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
