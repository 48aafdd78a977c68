package vn.langnghe.status;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The status page asks every part (Solr, the database) on each poll and shows a failure as -1 or
 * "unavailable". The cause must reach the log, but once per outage, not on every poll: the first
 * failure of a part is a WARNING with its cause, repeats are FINE, and the recovery is one INFO line.
 */
final class PartFailures {
    private static final Logger LOG = Logger.getLogger(StatusService.class.getName());
    private final Map<String, Boolean> failing = new ConcurrentHashMap<>();

    void failed(String part, Exception e) {
        if (failing.put(part, Boolean.TRUE) == null) {
            LOG.log(Level.WARNING, "status: " + part + " cannot be read", e);
        } else {
            LOG.log(Level.FINE, "status: " + part + " still cannot be read", e);
        }
    }

    void answered(String part) {
        if (failing.remove(part) != null) {
            LOG.info(() -> "status: " + part + " answers again");
        }
    }
}
