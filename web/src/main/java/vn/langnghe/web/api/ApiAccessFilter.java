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
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.apiclient.ApiClientService;
import vn.langnghe.apiclient.ApiTokens;
import vn.langnghe.apiclient.Permission;
import vn.langnghe.apiclient.TokenCheck;
import vn.langnghe.web.security.AccountIdentityStore;
import vn.langnghe.web.security.SignInRateLimit;

/**
 * Signs in the caller of every resource method marked {@link Permits}, in this order:
 * <ol>
 * <li>{@code Authorization: Bearer ln_…}: a registered client's token ({@link ApiClientService#check});
 * an expired or revoked one is refused with its own problem type;</li>
 * <li>{@code Authorization: Bearer <JWT>}: a system with an identity provider ({@link JwtCallers});</li>
 * <li>{@code Authorization: Basic}: an account's username and password (the sign-in rate limit applies);</li>
 * <li>the page session of a signed-in account.</li>
 * </ol>
 * Then the permission the method needs (403 {@code forbidden} without it), a generated password that must
 * first be changed (403), and the caller's rate limit (429 with {@code Retry-After}). A state-changing
 * request with an {@code Origin} of another site is refused first (cross-site request forgery through a
 * browser that resends a cookie or Basic credentials). The caller is left on the request ({@link ApiCaller})
 * and becomes its principal, which the audit of the call names.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ApiAccessFilter implements ContainerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @EJB
    ApiClientService clients;

    @EJB
    AccountService accounts;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    SignInRateLimit signInRateLimit;

    @Inject
    JwtCallers jwts;

    @Inject
    ApiRateLimit rateLimit;

    @Inject
    @ConfigProperty(name = "langnghe.api.rate-limit-per-minute", defaultValue = "600")
    int accountRatePerMinute;

    @Override
    public void filter(ContainerRequestContext request) {
        Permits permits = permits();
        if (permits == null) {
            return;
        }
        try {
            admit(request, permits);
        } catch (ApiProblem refused) {
            // answered here, so the call's audit (a response filter) records the refusal like any answer
            request.abortWith(refused.response());
        }
    }

    private void admit(ContainerRequestContext request, Permits permits) {
        if (!SAFE.contains(request.getMethod()) && AdminOnlyFilter.crossSite(request)) {
            throw new ApiProblem(ProblemType.CROSS_SITE, "cross-site request refused");
        }
        ApiCaller caller = caller(request);
        request.setProperty(ApiCaller.PROPERTY, caller);
        SecurityContext original = request.getSecurityContext();
        request.setSecurityContext(new CallerContext(caller.name(), original.isSecure(), caller.kind()));
        if (!caller.may(permits.value())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, caller.kind() == ApiCaller.Kind.ACCOUNT
                    ? permits.value() == Permission.SOURCES_ADMIN ? "the admin role is required"
                    : "your role does not allow " + permits.value().code()
                    : "this client lacks the permission " + permits.value().code());
        }
        OptionalLong wait = rateLimit.take(caller.name(), caller.ratePerMinute());
        if (wait.isPresent()) {
            throw ApiProblem.rateLimited("more than " + caller.ratePerMinute() + " calls a minute: wait "
                    + wait.getAsLong() + " s", wait.getAsLong());
        }
    }

    private ApiCaller caller(ContainerRequestContext request) {
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = auth.substring(7).strip();
            if (token.startsWith(ApiTokens.START)) {
                TokenCheck c = clients.check(token);
                if (c.status() == TokenCheck.Status.EXPIRED || c.status() == TokenCheck.Status.REVOKED) {
                    // the refused call is audited under the system that still presents the token
                    request.setSecurityContext(new CallerContext("client:" + c.clientName(),
                            request.getSecurityContext().isSecure(), ApiCaller.Kind.CLIENT));
                    request.setProperty(ApiCaller.PROPERTY, ApiCaller.refused(c));
                }
                return switch (c.status()) {
                    case VALID -> ApiCaller.client(c);
                    case EXPIRED -> throw ApiProblem.unauthenticated(ProblemType.TOKEN_EXPIRED,
                            "this token has expired: ask the platform's admins for a new one");
                    case REVOKED -> throw ApiProblem.unauthenticated(ProblemType.TOKEN_REVOKED,
                            "this token has been revoked");
                    case UNKNOWN -> throw ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED, "unknown token");
                };
            }
            if (token.isEmpty()) {
                throw ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED, "empty bearer token");
            }
            return jwts.caller(token);
        }
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(auth.substring(6).trim());
        }
        if (auth != null && !auth.isBlank()) {
            throw ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED,
                    "unsupported Authorization scheme: use Bearer (a client token or a JWT) or Basic");
        }
        Principal session = request.getSecurityContext().getUserPrincipal();
        if (session == null) {
            throw ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED,
                    "sign-in required: a bearer token (Authorization: Bearer …), HTTP Basic or the sign-in page");
        }
        return account(session.getName());
    }

    private ApiCaller basic(String base64) {
        String[] userPassword = AdminOnlyFilter.decode(base64);
        if (userPassword == null) {
            throw ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED, "malformed Basic credentials");
        }
        Optional<Duration> wait = signInRateLimit.retryAfter(userPassword[0]);
        if (wait.isPresent()) {
            long s = SignInRateLimit.seconds(wait.get());
            throw ApiProblem.rateLimited("too many failed sign-ins: try again in " + s + " s", s);
        }
        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(userPassword[0], userPassword[1]));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throw ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED, "wrong username or password");
        }
        return account(result.getCallerPrincipal().getName());
    }

    private ApiCaller account(String username) {
        Account a = accounts.find(username).filter(Account::isEnabled).orElseThrow(() ->
                ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED, "this account is disabled or gone"));
        if (a.isMustChangePassword()) {
            throw new ApiProblem(ProblemType.FORBIDDEN, AdminOnlyFilter.PASSWORD_CHANGE_REQUIRED);
        }
        return ApiCaller.account(a, accountRatePerMinute);
    }

    private Permits permits() {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        Permits p = resource.getResourceMethod().getAnnotation(Permits.class);
        return p != null ? p : resource.getResourceClass().getAnnotation(Permits.class);
    }

    /** Tells the permission a resource needs, for the OpenAPI document and tests. */
    static Optional<Permission> needed(java.lang.reflect.Method m) {
        Permits p = m.getAnnotation(Permits.class);
        if (p == null) {
            p = m.getDeclaringClass().getAnnotation(Permits.class);
        }
        return Optional.ofNullable(p).map(Permits::value);
    }

    private record CallerContext(String name, boolean secure, ApiCaller.Kind kind) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false; // roles are not how the API decides: permissions are (ApiCaller)
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return kind == ApiCaller.Kind.ACCOUNT ? BASIC_AUTH : "Bearer";
        }
    }
}
