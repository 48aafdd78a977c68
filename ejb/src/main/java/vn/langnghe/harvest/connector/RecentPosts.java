package vn.langnghe.harvest.connector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent posts a connector keeps in its cursor so that its next walk reads their comments again:
 * comments keep coming for days after a post is taken, and a walk that only follows new posts would
 * never see them. A list of {@code id@epochSeconds}, newest first, comma-separated, bounded.
 */
public final class RecentPosts {
    /** Posts whose comments a walk reads again, at most (one request or more each). */
    public static final int MAX = 20;

    private RecentPosts() {
    }

    /** One entry. */
    public static String entry(String id, Instant created) {
        return id + "@" + created.getEpochSecond();
    }

    /**
     * The posts of both lists created at or after {@code from}, newest first, each once, at most
     * {@link #MAX}; null when none. Entries this version did not write are dropped.
     */
    public static String merge(String fresh, String earlier, Instant from) {
        Map<String, Long> created = new LinkedHashMap<>();
        for (String list : new String[] {fresh, earlier}) {
            if (list == null || list.isEmpty()) {
                continue;
            }
            for (String entry : list.split(",")) {
                int at = entry.lastIndexOf('@');
                if (at <= 0) {
                    continue;
                }
                try {
                    long t = Long.parseLong(entry.substring(at + 1));
                    if (t >= from.getEpochSecond()) {
                        created.putIfAbsent(entry.substring(0, at), t);
                    }
                } catch (NumberFormatException e) {
                    // not an entry of ours: dropped
                }
            }
        }
        List<String> newestFirst = created.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(MAX).map(e -> e.getKey() + "@" + e.getValue()).toList();
        return newestFirst.isEmpty() ? null : String.join(",", newestFirst);
    }

    /** The ids of a list, in its order. */
    public static List<String> ids(String list) {
        List<String> ids = new ArrayList<>();
        if (list != null && !list.isEmpty()) {
            for (String entry : list.split(",")) {
                int at = entry.lastIndexOf('@');
                ids.add(at > 0 ? entry.substring(0, at) : entry);
            }
        }
        return ids;
    }
}
