package vn.langnghe.harvest.connector;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent posts a connector keeps in its cursor so that its next walk reads their comments again:
 * comments keep coming for days after a post is taken, and a walk that only follows new posts would
 * never see them. A list of {@code id@epochSeconds}, newest first, comma-separated, bounded, in the
 * cursor part {@code recent}; a walk's new posts gather in {@code fresh}; while a walk reads the recent
 * posts' comments, {@code then} says that its listing is still to read.
 */
public final class RecentPosts {
    /** Posts whose comments a walk reads again, at most (one request or more each). */
    public static final int MAX = 20;
    /** The longest revisit window a source may set ({@code revisitHours}): 30 days. */
    public static final int MAX_HOURS = 24 * 30;

    private final Clock clock;
    private final int hours;

    /** Posts created within {@code hours} are recent; 0 or less: none is, walks read new posts only. */
    public RecentPosts(Clock clock, int hours) {
        this.clock = clock;
        this.hours = hours;
    }

    /**
     * The cursor a new walk starts from: the posts still recent kept, and, when the connector reads
     * comments, queued in the cursor part {@code queue} (the connector's own queue of posts whose comments
     * are to read) with {@code then} set to {@code listing}, to be cleared when the listing is read.
     */
    public Cursor startWalk(Cursor c, boolean comments, String queue, String listing) {
        String recent = merge(null, c.get("recent"));
        if (!comments || recent == null) {
            return c.with("recent", recent);
        }
        return c.with("recent", recent).with(queue, String.join(",", ids(recent))).with("then", listing);
    }

    /** The posts still recent: {@code fresh} (this walk's), then {@code earlier}; null when none or revisits are off. */
    public String merge(String fresh, String earlier) {
        return hours <= 0 ? null : merge(fresh, earlier, clock.instant().minusSeconds(3600L * hours));
    }

    /** One entry. */
    public static String entry(String id, Instant created) {
        return id + "@" + created.getEpochSecond();
    }

    /**
     * The posts of both lists created at or after {@code from}, newest first, each once, at most
     * {@link #MAX}; null when none. Entries this version did not write are dropped.
     */
    private static String merge(String fresh, String earlier, Instant from) {
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
    private static List<String> ids(String list) {
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
