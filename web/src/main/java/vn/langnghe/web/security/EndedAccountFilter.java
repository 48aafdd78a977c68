package vn.langnghe.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

/**
 * Ends the session of an account that an admin disabled (or that no longer exists) at its next
 * request, whatever it asks for: a page goes to the sign-in page (also from an Ajax click), the API
 * answers 401. Without this a disabled account would keep its open session until it times out. API
 * calls signed in with HTTP Basic are checked at each sign-in already.
 */
@WebFilter(urlPatterns = "/*")
public class EndedAccountFilter extends HttpFilter {
    static final String SIGN_IN = "/login.xhtml";

    @Inject
    ActiveAccounts active;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || active.isActive(caller.getName())) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        String path = request.getServletPath();
        String signIn = request.getContextPath() + SIGN_IN;
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            // the API's problem JSON (web.api.ProblemType.UNAUTHENTICATED), written here before the API is reached
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"/api/v1/problems/unauthenticated\",\"title\":\"No valid credentials were presented\","
                    + "\"status\":401,\"detail\":\"this account is disabled or no longer exists: its session has ended\"}");
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request cannot follow a redirect: Faces' partial response tells the page to go
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(signIn);
        }
    }
}
