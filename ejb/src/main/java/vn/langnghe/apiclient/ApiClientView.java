package vn.langnghe.apiclient;

import java.time.Instant;
import java.util.List;

/** An API client as admins see it: everything but a secret. */
public record ApiClientView(long id, String name, String description, String unitCode, String unitName,
                            List<String> permissions, String tokenPrefix, Instant previousValidUntil,
                            int rateLimitPerMinute, String createdBy, Instant createdAt, Instant rotatedAt,
                            Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt, String status) {

    static ApiClientView of(ApiClient c, Instant now) {
        return new ApiClientView(c.getId(), c.getName(), c.getDescription(), c.getUnit().getCode(), c.getUnit().getName(),
                c.getPermissions().stream().sorted().map(Permission::code).toList(), c.getTokenPrefix(),
                c.getPreviousValidUntil() != null && c.getPreviousValidUntil().isAfter(now) ? c.getPreviousValidUntil() : null,
                c.getRateLimitPerMinute(), c.getCreatedBy(), c.getCreatedAt(), c.getRotatedAt(), c.getExpiresAt(),
                c.getRevokedAt(), c.getRevokedBy(), c.getLastUsedAt(), status(c, now));
    }

    /** {@code revoked}, {@code expired} or {@code active}. */
    static String status(ApiClient c, Instant now) {
        if (c.getRevokedAt() != null) {
            return "revoked";
        }
        return c.getExpiresAt() != null && !c.getExpiresAt().isAfter(now) ? "expired" : "active";
    }
}
