package vn.langnghe.retention;

import java.time.Instant;

/**
 * The retention age in force and where it comes from: the configuration, or an admin's change (who,
 * when).
 */
public record RetentionSetting(int days, Origin origin, String changedBy, Instant changedAt) {
    public enum Origin { CONFIG, ADMIN }

    public boolean fromAdmin() {
        return origin == Origin.ADMIN;
    }
}
