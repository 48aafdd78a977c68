package vn.langnghe.apiclient;

import java.util.Set;
import vn.langnghe.account.DataScope;

/**
 * What a presented token turned out to be. Only {@link Status#VALID} carries a client: the client's name,
 * its unit (code, data scope and clearance, read now, so an admin's change to the unit applies at once),
 * its permissions and its rate limit. An expired or revoked token carries the client's name and unit
 * code only, so that the audit of the refused call says which system still uses it.
 */
public record TokenCheck(Status status, String clientName, String unitCode, DataScope scope,
                         boolean personalDataClearance, Set<Permission> permissions, int rateLimitPerMinute) {

    public enum Status { VALID, UNKNOWN, EXPIRED, REVOKED }

    static TokenCheck refused(Status status) {
        return refused(status, null, null);
    }

    static TokenCheck refused(Status status, String clientName, String unitCode) {
        return new TokenCheck(status, clientName, unitCode, null, false, Set.of(), 0);
    }

    public boolean valid() {
        return status == Status.VALID;
    }
}
