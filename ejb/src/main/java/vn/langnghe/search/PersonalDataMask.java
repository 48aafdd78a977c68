package vn.langnghe.search;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hides who wrote a post from units without personal-data clearance, keeping what analysis needs: the
 * same author always gets the same pseudonym ("Tác giả 3f9a2c"), so posts can still be grouped by author,
 * but the pseudonym cannot be turned back into the person without the server's key (an HMAC-SHA256, not
 * a plain hash, which anyone could compute for a known handle and compare).
 *
 * <p>Masked: the author's name and id; in the title, text and link, the handles ({@code @lan.nguyen},
 * {@code @lan@mastodon.social}), profile links of social platforms ({@code facebook.com/lan.nguyen},
 * {@code profile.php?id=…}, {@code x.com/lan}, {@code tiktok.com/@lan}, {@code youtube.com/@lan},
 * {@code /channel/…}, {@code reddit.com/u/lan}, {@code instagram.com/lan}, any {@code host/@lan}),
 * e-mail addresses, and the author's own name where the text repeats it. Not masked: names of other
 * people written in plain words (nothing tells them from any other words), hashtags, links to posts
 * and videos that name no account.
 */
public final class PersonalDataMask {
    static final String NAME_PREFIX = "Tác giả ";
    static final String HANDLE_PREFIX = "tacgia-";
    static final String EMAIL = "[email]";

    static final Pattern SENSITIVE = Pattern.compile(
            "(?<url>(?:https?://|\\bwww\\.)[^\\s<>\"'()\\[\\]]+"
                    + "|\\b(?:(?:m|mobile|web|vm|vt)\\.)?(?:facebook|fb|twitter|x|tiktok|youtube|instagram|reddit|threads)"
                    + "\\.(?:com|net)/[^\\s<>\"'()\\[\\]]+)"
                    + "|(?<email>\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)"
                    + "|(?<handle>(?<![\\p{L}\\p{N}_@/.])@(?!tacgia-[0-9a-f]{6}\\b)[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
                    + "(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)");
    private static final String TRAILING_PUNCTUATION = ".,;:!?…";

    private static final Set<String> FACEBOOK_PATHS = Set.of("groups", "watch", "photo", "photo.php", "photos",
            "story.php", "permalink.php", "events", "hashtag", "share", "sharer", "sharer.php", "reel", "reels",
            "marketplace", "login", "login.php", "help", "policies", "gaming", "live", "videos", "video.php",
            "media", "notes", "plugins", "dialog", "l.php");
    private static final Set<String> X_PATHS = Set.of("i", "home", "search", "hashtag", "intent", "share",
            "explore", "settings", "notifications", "messages", "compose", "login", "tos", "privacy");
    private static final Set<String> INSTAGRAM_PATHS = Set.of("p", "reel", "reels", "explore", "tv", "accounts");

    private final SecretKeySpec key;
    /** A Mac per thread: looking one up and keying it for every pseudonym was a visible share of an API call. */
    private final ThreadLocal<Mac> macs;

    public PersonalDataMask(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the pseudonym key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The post with its author and the personal data in its title, text and link replaced by pseudonyms. */
    public PostView apply(PostView p) {
        String author = p.authorId() != null && !p.authorId().isBlank() ? p.authorId() : p.authorName();
        String digest = author == null ? null : digest("author", p.platform() + ":" + author);
        String name = author == null ? null : NAME_PREFIX + digest.substring(0, 6);
        String id = p.authorId() == null ? null : HANDLE_PREFIX + digest.substring(0, 12);
        return p.masked(name, id, p.url() == null ? null : link(p.url()), text(p.title(), p.authorName(), name),
                text(p.text(), p.authorName(), name));
    }

    /** Text with handles, profile links and e-mail addresses masked, and the author's own name. */
    String text(String text, String authorName, String pseudonym) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = mayHoldSensitive(text) ? sensitiveMasked(text) : text;
        if (authorName != null && authorName.strip().length() >= 3 && pseudonym != null) {
            masked = Pattern.compile(Pattern.quote(authorName.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(masked).replaceAll(Matcher.quoteReplacement(pseudonym));
        }
        return masked;
    }

    /**
     * Whether {@link #SENSITIVE} can match at all: each of its branches needs one of these (the pattern is
     * case-sensitive). Most posts hold none, and scanning them with the pattern's look-behinds and word
     * boundaries was most of the cost of masking a page of results.
     */
    static boolean mayHoldSensitive(String text) {
        return text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.") || text.contains(".com/")
                || text.contains(".net/");
    }

    private String sensitiveMasked(String text) {
        Matcher m = SENSITIVE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement;
            if (m.group("url") != null) {
                String url = m.group("url");
                int end = url.length();
                while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
                    end--;
                }
                replacement = link(url.substring(0, end)) + url.substring(end);
            } else if (m.group("email") != null) {
                replacement = EMAIL;
            } else {
                String handle = m.group("handle").substring(1);
                int at = handle.indexOf('@');
                replacement = "@" + handle(at < 0 ? handle : handle.substring(0, at));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A link with the account it names (if any) replaced; links to posts and videos keep their ids. */
    String link(String url) {
        int schemeEnd = url.indexOf("://");
        int hostStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        int pathStart = indexOfAny(url, "/?#", hostStart);
        if (pathStart < 0) {
            return url;
        }
        String host = url.substring(hostStart, pathStart).toLowerCase(Locale.ROOT);
        host = host.replaceFirst("^(www|m|mobile|web)\\.", "");
        int queryStart = indexOfAny(url, "?#", pathStart);
        String path = queryStart < 0 ? url.substring(pathStart) : url.substring(pathStart, queryStart);
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        String[] seg = path.split("/", -1); // seg[0] is the empty string before the first slash
        boolean changed = switch (host) {
            case "facebook.com", "fb.com" -> facebook(seg);
            case "x.com", "twitter.com" -> firstUnless(seg, X_PATHS);
            case "instagram.com" -> seg.length > 2 && seg[1].equals("stories") ? mask(seg, 2) : firstUnless(seg, INSTAGRAM_PATHS);
            case "reddit.com", "old.reddit.com" -> afterMarker(seg, Set.of("u", "user"));
            case "youtube.com" -> atSegments(seg) | afterMarker(seg, Set.of("channel", "c", "user"));
            default -> atSegments(seg) | afterMarker(seg, Set.of("users"));
        };
        if ((host.equals("facebook.com") || host.equals("fb.com")) && query.contains("id=")) {
            query = maskQueryId(query);
            changed = true;
        }
        return changed ? url.substring(0, pathStart) + String.join("/", seg) + query
                : url.substring(0, pathStart) + path + query;
    }

    private boolean facebook(String[] seg) {
        if (seg.length < 2 || seg[1].isEmpty()) {
            return false;
        }
        String first = seg[1].toLowerCase(Locale.ROOT);
        if (first.equals("profile.php")) {
            return false; // the id is in the query
        }
        if (first.equals("people")) {
            return mask(seg, 2) | mask(seg, 3);
        }
        return !FACEBOOK_PATHS.contains(first) && mask(seg, 1);
    }

    private boolean firstUnless(String[] seg, Set<String> reserved) {
        return seg.length > 1 && !seg[1].isEmpty() && !reserved.contains(seg[1].toLowerCase(Locale.ROOT)) && mask(seg, 1);
    }

    private boolean atSegments(String[] seg) {
        boolean changed = false;
        for (int i = 1; i < seg.length; i++) {
            if (seg[i].length() > 1 && seg[i].charAt(0) == '@') {
                changed |= mask(seg, i);
            }
        }
        return changed;
    }

    private boolean afterMarker(String[] seg, Set<String> markers) {
        boolean changed = false;
        for (int i = 1; i + 1 < seg.length; i++) {
            if (markers.contains(seg[i].toLowerCase(Locale.ROOT))) {
                changed |= mask(seg, i + 1);
            }
        }
        return changed;
    }

    private boolean mask(String[] seg, int i) {
        if (i >= seg.length || seg[i].isEmpty() || seg[i].startsWith("@" + HANDLE_PREFIX) || seg[i].startsWith(HANDLE_PREFIX)) {
            return false;
        }
        String s = seg[i];
        boolean at = s.charAt(0) == '@';
        seg[i] = (at ? "@" : "") + handle(at ? s.substring(1) : s);
        return true;
    }

    private String maskQueryId(String query) {
        Matcher m = Pattern.compile("(?<=[?&]id=)[^&#]+").matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(handle(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The pseudonym of a handle, the same on every platform and in every post. */
    String handle(String handle) {
        return HANDLE_PREFIX + digest("handle", handle.toLowerCase(Locale.ROOT)).substring(0, 6);
    }

    private String digest(String kind, String value) {
        // doFinal leaves the Mac keyed and reset for the next value
        return HexFormat.of().formatHex(macs.get().doFinal((kind + "\u0000" + value).getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
