package vn.langnghe.web.pages;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.audit.AuditFilter;
import vn.langnghe.audit.AuditTrail;

/**
 * The audit page's CSV download: the log filtered as on the page (the same URL parameters), streamed
 * to the response as the database hands the rows over. Admins only (web.xml and here); the export is
 * itself audited ({@code audit.export}). Above the row cap it refuses with a message saying so, which
 * the page also says before offering the link. A GET that only reads, like the page itself.
 */
@WebServlet("/audit/export.csv")
public class AuditCsvServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail trail;

    @EJB
    AccountService accounts;

    @jakarta.inject.Inject
    LanguageSwitch languages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || !request.isUserInRole("admin")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        java.util.Optional<Account> account = accounts.find(caller.getName());
        if (account.map(Account::isMustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + "/password.xhtml");
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("vn.langnghe.web.messages", languages.getLocale());
        Map<String, String> values = new HashMap<>();
        for (String name : new String[] {"account", "unit", "action", "outcome", "from", "to"}) {
            values.put(name, request.getParameter(name));
        }
        AuditParams params = AuditParams.of(values);
        if (!params.problems().isEmpty()) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, texts.getString(params.problems().get(0)));
            return;
        }
        AuditFilter filter = params.filter(LocalDate.now(AuditFilter.CITY));
        long rows = trail.count(filter);
        if (rows > trail.exportMaxRows()) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, java.text.MessageFormat.format(
                    texts.getString("audit.csv.tooMany"), rows, trail.exportMaxRows()));
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-"
                + LocalDateTime.now(AuditFilter.CITY).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        trail.exportCsv(filter, caller.getName(), account.map(a -> a.getUnit().getCode()).orElse(null),
                response.getOutputStream());
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(text);
    }
}
