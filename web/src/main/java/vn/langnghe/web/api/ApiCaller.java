package vn.langnghe.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.EnumSet;
import java.util.Set;
import vn.langnghe.account.Account;
import vn.langnghe.account.Role;
import vn.langnghe.apiclient.Permission;
import vn.langnghe.apiclient.TokenCheck;
import vn.langnghe.search.Reader;

/**
 * Who is calling the API, worked out by {@link ApiAccessFilter} from the request's credentials: a
 * registered client (bearer token), a system with a JWT from the city's identity provider, or an account
 * (Basic or the page session). {@code name} is the audit actor ({@code client:hotline-1022},
 * {@code jwt:<subject>} or the username); {@code reader} is what every read of posts goes through, so the
 * scope comes from the server, never from the request.
 */
public record ApiCaller(Kind kind, String name, String unitCode, Reader reader, Set<Permission> permissions,
                        int ratePerMinute) {
    /** The request property the filter leaves the caller in. */
    static final String PROPERTY = "langnghe.api.caller";

    public enum Kind { CLIENT, JWT, ACCOUNT }

    public ApiCaller {
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    public boolean may(Permission p) {
        return permissions.contains(p);
    }

    /** The caller of this request; only resources behind {@link Permits} have one. */
    public static ApiCaller of(ContainerRequestContext request) {
        Object c = request.getProperty(PROPERTY);
        if (c instanceof ApiCaller caller) {
            return caller;
        }
        throw new IllegalStateException("no caller: the resource method is not marked @Permits");
    }

    static ApiCaller client(TokenCheck c) {
        String name = "client:" + c.clientName();
        return new ApiCaller(Kind.CLIENT, name, c.unitCode(),
                new Reader(name, c.unitCode(), c.scope(), c.personalDataClearance()), c.permissions(), c.rateLimitPerMinute());
    }

    /** An expired or revoked client: named for the audit of its refused call, allowed nothing. */
    static ApiCaller refused(TokenCheck c) {
        String name = "client:" + c.clientName();
        return new ApiCaller(Kind.CLIENT, name, c.unitCode(), null, Set.of(), 0);
    }

    static ApiCaller account(Account a, int ratePerMinute) {
        return new ApiCaller(Kind.ACCOUNT, a.getUsername(), a.getUnit().getCode(), Reader.of(a), permissionsOf(a.getRoles()),
                ratePerMinute);
    }

    /**
     * What an account's roles allow over the API: what its pages allow. Everyone signed in reads posts and
     * statistics; analysts and admins analyse texts; admins run the sources.
     */
    static Set<Permission> permissionsOf(Set<Role> roles) {
        Set<Permission> out = EnumSet.noneOf(Permission.class);
        if (!roles.isEmpty()) {
            out.add(Permission.POSTS_READ);
            out.add(Permission.STATS_READ);
        }
        if (roles.contains(Role.ANALYST) || roles.contains(Role.ADMIN)) {
            out.add(Permission.ANALYZE);
        }
        if (roles.contains(Role.ADMIN)) {
            out.add(Permission.SOURCES_ADMIN);
        }
        return out;
    }
}
