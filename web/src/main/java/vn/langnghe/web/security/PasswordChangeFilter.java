package vn.langnghe.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;

/**
 * Sends a signed-in account whose password was generated (first start, an admin's reset) to the
 * password page, from every page, until it has chosen its own. The account is read on every page
 * request rather than remembered in the session, so a reset by an admin takes effect in a session
 * that is already open. The API refuses such accounts itself ({@code AdminOnlyFilter}).
 */
@WebFilter(urlPatterns = {"*.xhtml", "/search", "/post"}) // the pages mapped without extension too (web.xml)
public class PasswordChangeFilter extends HttpFilter {
    public static final String PASSWORD_PAGE = "/password.xhtml";

    @EJB
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && !mayOpenBeforeChange(request.getServletPath())
                && accounts.find(caller.getName()).map(Account::isMustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The password page itself, the sign-in page and what pages load (style sheets, scripts). */
    static boolean mayOpenBeforeChange(String servletPath) {
        return servletPath.equals(PASSWORD_PAGE) || servletPath.equals("/login.xhtml")
                || servletPath.startsWith("/jakarta.faces.resource/");
    }
}
