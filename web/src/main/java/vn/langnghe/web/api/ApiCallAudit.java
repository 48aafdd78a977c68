package vn.langnghe.web.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;

/**
 * Records every API call as an {@code api.call} audit event once its answer is known: the caller
 * ({@code anonymous} when not signed in) and their unit, method and path with the query string, the status
 * as the outcome (2xx ok; 401 and 403 denied; anything else failed) and, where the resource says so
 * ({@link ApiRows}), the rows returned. A response filter runs for answers of resources, of exception
 * mappers and of filters that refused the request alike, so refusals are recorded too. The client
 * address is the request's, added by {@link AuditLog}.
 */
@ApplicationScoped
@Priority(Priorities.USER)
public class ApiCallAudit implements ContainerResponseFilter {
    static final String ACTION = "api.call";
    /** Method, path and query string are cut here: the column holds 2,000 characters. */
    static final int MAX_REQUEST = 1000;
    private static final Logger LOG = Logger.getLogger(ApiCallAudit.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    ApiRows rows;

    @EJB
    AccountService accounts;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Principal caller = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String actor = caller == null ? "anonymous" : caller.getName();
        String unit = null;
        if (request.getProperty(ApiCaller.PROPERTY) instanceof ApiCaller c) {
            unit = c.unitCode();
        } else if (caller != null) {
            try {
                unit = accounts.find(actor).map(Account::getUnit).map(u -> u.getCode()).orElse(null);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "api.call without the caller's unit", e); // the event still says who
            }
        }
        int status = response.getStatus();
        Integer n = rows.get();
        String detail = request(request) + " status=" + status + (n == null ? "" : " rows=" + n);
        audit.record(AuditEvent.of(actor, ACTION).unit(unit).outcome(outcome(status)).detail(detail));
    }

    static Outcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.OK;
        }
        return status == 401 || status == 403 ? Outcome.DENIED : Outcome.FAILED;
    }

    /** {@code GET /api/v1/sources?x=1}, cut to {@value #MAX_REQUEST} characters. */
    static String request(ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery();
        String line = request.getMethod() + " " + path + (query == null ? "" : "?" + query);
        return line.length() <= MAX_REQUEST ? line : line.substring(0, MAX_REQUEST - 1) + "…";
    }
}
