package vn.langnghe.harvest.connector.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * Where a feed source stands, as cursor parts. Entries are ordered by (date, id); the cursor keeps two
 * marks in that order:
 * <ul>
 * <li>the <b>watermark</b> ({@code since} + the ids {@code at} that date): every entry at or below it
 * was taken by an earlier walk;</li>
 * <li>during a walk, the <b>lower mark</b> ({@code upper} + {@code upperAt}): the walk takes entries
 * newest first, so everything above it, down to the watermark, is taken already.</li>
 * </ul>
 * A walk starts at the feed URL and follows {@code rel="next"} pages ({@code next}, {@code pages}); when
 * it ends, its newest entry ({@code top}, {@code topAt}) becomes the watermark. Ids are kept as short
 * hashes, so a cursor stays small even for long URL ids. Ids at one date are bounded: past the bound,
 * an entry may be taken twice, which overwrites and never duplicates.
 */
final class FeedPosition {
    private static final int MAX_IDS_AT_ONE_DATE = 64;

    Instant since;
    Set<String> at = new LinkedHashSet<>();
    String next;
    int pages;
    int taken;
    Instant top;
    Set<String> topAt = new LinkedHashSet<>();
    Instant upper;
    Set<String> upperAt = new LinkedHashSet<>();

    static FeedPosition parse(String text) throws SourceConfigException {
        Cursor c = Cursor.parse(text);
        FeedPosition p = new FeedPosition();
        p.since = c.epochMilliPart("since");
        p.at = ids(c.get("at"));
        p.next = c.get("next");
        p.pages = c.intPart("pages", 0);
        p.taken = c.intPart("taken", 0);
        p.top = c.epochMilliPart("top");
        p.topAt = ids(c.get("topAt"));
        p.upper = c.epochMilliPart("upper");
        p.upperAt = ids(c.get("upperAt"));
        return p;
    }

    static String hash(String nativeId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(nativeId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Not taken by an earlier walk. */
    boolean aboveWatermark(Instant date, String hash) {
        return since == null || date.isAfter(since) || date.equals(since) && !at.contains(hash);
    }

    /** Not taken yet by this walk. */
    boolean belowLowerMark(Instant date, String hash) {
        return upper == null || date.isBefore(upper) || date.equals(upper) && !upperAt.contains(hash);
    }

    void took(Instant date, String hash) {
        taken++;
        if (top == null || date.isAfter(top)) {
            top = date;
            topAt = new LinkedHashSet<>();
        }
        if (date.equals(top)) {
            add(topAt, hash);
        }
        if (upper == null || date.isBefore(upper)) {
            upper = date;
            upperAt = new LinkedHashSet<>();
        }
        if (date.equals(upper)) {
            add(upperAt, hash);
        }
    }

    /** The walk is over: its newest entry becomes the watermark. */
    void endWalk() {
        if (top != null) {
            if (top.equals(since)) {
                topAt.forEach(h -> add(at, h));
            } else if (since == null || top.isAfter(since)) {
                since = top;
                at = topAt;
            }
        }
        next = null;
        pages = 0;
        top = null;
        topAt = new LinkedHashSet<>();
        upper = null;
        upperAt = new LinkedHashSet<>();
    }

    /** The cursor text; {@code taken} is kept only while a run continues. */
    String text(boolean runContinues) {
        Cursor c = Cursor.empty()
                .with("since", since == null ? null : Long.toString(since.toEpochMilli()))
                .with("at", join(at))
                .with("next", next)
                .with("pages", next == null ? null : Integer.toString(pages))
                .with("top", top == null ? null : Long.toString(top.toEpochMilli()))
                .with("topAt", join(topAt))
                .with("upper", upper == null ? null : Long.toString(upper.toEpochMilli()))
                .with("upperAt", join(upperAt))
                .with("taken", runContinues ? Integer.toString(taken) : null);
        return c.text();
    }

    private static void add(Set<String> ids, String hash) {
        if (ids.size() < MAX_IDS_AT_ONE_DATE) {
            ids.add(hash);
        }
    }

    private static String join(Set<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    private static Set<String> ids(String s) {
        Set<String> ids = new LinkedHashSet<>();
        if (s != null && !s.isBlank()) {
            ids.addAll(Arrays.asList(s.split(",")));
        }
        return ids;
    }
}
