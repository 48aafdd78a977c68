package vn.langnghe.web.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.account.Role;
import vn.langnghe.apiclient.ApiClientService;
import vn.langnghe.apiclient.TokenCheck;
import vn.langnghe.web.security.AccountIdentityStore;
import vn.langnghe.web.security.SignInRateLimit;

/**
 * Lets only admins through, signed in either way:
 * <ul>
 * <li>HTTP Basic ({@code Authorization: Basic ...}), for scripts: the username and password are checked
 * against the accounts table on every request (audited like any sign-in); no session is created;</li>
 * <li>the session of the sign-in page, for a browser.</li>
 * </ul>
 * Without either the answer is 401 (with {@code WWW-Authenticate: Basic}); a signed-in account without
 * the admin role, or one that must still replace a generated password, gets 403; a locked account is
 * refused by the sign-in itself (401, like a wrong password); a client over the sign-in rate limit ({@link SignInRateLimit}) gets 429 with
 * {@code Retry-After}, its password unchecked. The caller's name becomes the request's principal (the
 * audit actor).
 *
 * <p>A state-changing request must not come from another site, whichever way it is signed in: an
 * {@code Origin} header naming another host is refused with 403 (cross-site request forgery). Scripts
 * send no Origin.
 */
@AdminOnly
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AdminOnlyFilter implements ContainerRequestFilter {
    static final String REALM = "Basic realm=\"Lang Nghe API\", charset=\"UTF-8\"";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    static final String PASSWORD_CHANGE_REQUIRED =
            "password change required: this account has a generated password; sign in on the page and choose a new one";

    @Inject
    AccountIdentityStore accounts;

    @Inject
    SignInRateLimit rateLimit;

    @EJB
    AccountService accountService;

    @EJB
    ApiClientService clients;

    @Override
    public void filter(ContainerRequestContext request) {
        // Before either way of signing in: a browser resends Basic credentials it once prompted for
        // just as it resends the session cookie, so a forged request would carry either.
        if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
            request.abortWith(crossSiteRefused());
            return;
        }
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        SecurityContext original = request.getSecurityContext();
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] userPassword = decode(auth.substring(6).trim());
            if (userPassword == null) {
                request.abortWith(unauthorized("malformed Basic credentials"));
                return;
            }
            Optional<Duration> wait = rateLimit.retryAfter(userPassword[0]);
            if (wait.isPresent()) {
                request.abortWith(tooManyFailures(wait.get()));
                return;
            }
            CredentialValidationResult caller = accounts.validate(
                    new UsernamePasswordCredential(userPassword[0], userPassword[1]));
            if (caller.getStatus() != CredentialValidationResult.Status.VALID) {
                request.abortWith(unauthorized("wrong username or password"));
                return;
            }
            Set<String> groups = caller.getCallerGroups();
            // the caller is known even when refused below: the audit of the call names them
            request.setSecurityContext(new BasicCaller(caller.getCallerPrincipal().getName(), groups, original.isSecure()));
            if (!groups.contains(Role.ADMIN.group())) {
                request.abortWith(forbidden("the admin role is required"));
                return;
            }
            if (mustChangePassword(caller.getCallerPrincipal().getName())) {
                request.abortWith(forbidden(PASSWORD_CHANGE_REQUIRED));
            }
            return;
        }
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // units, accounts and clients are run by people: a client token, however valid, is not an admin
            TokenCheck token = clients.check(auth.substring(7).strip());
            request.abortWith(token.valid() ? forbidden("this endpoint is for admins signed in as themselves, not for client tokens")
                    : unauthorized("unknown, expired or revoked token"));
            return;
        }
        Principal session = original.getUserPrincipal();
        if (session == null) {
            request.abortWith(unauthorized("sign-in required: use HTTP Basic or the sign-in page"));
            return;
        }
        if (!original.isUserInRole(Role.ADMIN.group())) {
            request.abortWith(forbidden("the admin role is required"));
            return;
        }
        if (mustChangePassword(session.getName())) {
            request.abortWith(forbidden(PASSWORD_CHANGE_REQUIRED));
        }
    }

    /** A generated password (first start, an admin's reset) must be replaced on the page before the API is used. */
    private boolean mustChangePassword(String username) {
        return accountService.find(username).map(Account::isMustChangePassword).orElse(false);
    }

    /** An Origin that is not this server (the Host the browser addressed). */
    static boolean crossSite(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return false;
        }
        String authority;
        try {
            authority = URI.create(origin.trim()).getAuthority();
        } catch (IllegalArgumentException e) {
            return true;
        }
        if (authority == null) {
            return true; // "null": a sandboxed or privacy-sensitive context
        }
        String host = request.getHeaderString(HttpHeaders.HOST);
        String forwarded = request.getHeaderString("X-Forwarded-Host");
        return !(authority.equalsIgnoreCase(host == null ? "" : host.trim())
                || forwarded != null && authority.equalsIgnoreCase(forwarded.split(",")[0].trim()));
    }

    /** user and password, or null when the header is not base64 of "user:password". */
    static String[] decode(String base64) {
        try {
            String s = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            return colon <= 0 ? null : new String[] {s.substring(0, colon), s.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Response unauthorized(String why) {
        return ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED, why).response();
    }

    static Response tooManyFailures(Duration wait) {
        long seconds = SignInRateLimit.seconds(wait);
        return ApiProblem.rateLimited("too many failed sign-ins: try again in " + seconds + " s", seconds).response();
    }

    static Response forbidden(String why) {
        return ApiProblem.response(ProblemType.FORBIDDEN, why, null).build();
    }

    static Response crossSiteRefused() {
        return ApiProblem.response(ProblemType.CROSS_SITE, "cross-site request refused", null).build();
    }

    private record BasicCaller(String name, Set<String> groups, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return groups.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }
}
