package vn.langnghe.apiclient;

import java.time.Instant;
import java.util.List;

/**
 * What an admin fills in for a client: a name (a machine name like {@code hotline-1022}), what it is, the
 * unit whose data scope it reads, its permission codes, its rate limit per minute (null: the platform's
 * default) and when its token expires (null: never).
 */
public record ApiClientDraft(String name, String description, String unitCode, List<String> permissions,
                             Integer rateLimitPerMinute, Instant expiresAt) {
}
