package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.bulkimport.ImportConfig;
import vn.langnghe.harvest.connector.bulkimport.ImportConnectorFactory;
import vn.langnghe.harvest.connector.facebook.FacebookConfig;
import vn.langnghe.harvest.connector.facebook.FacebookConnectorFactory;
import vn.langnghe.harvest.connector.feed.FeedConfig;
import vn.langnghe.harvest.connector.feed.FeedConnectorFactory;
import vn.langnghe.harvest.connector.instagram.InstagramConfig;
import vn.langnghe.harvest.connector.instagram.InstagramConnectorFactory;
import vn.langnghe.harvest.connector.mastodon.MastodonConfig;
import vn.langnghe.harvest.connector.mastodon.MastodonConnectorFactory;
import vn.langnghe.harvest.connector.reddit.RedditConfig;
import vn.langnghe.harvest.connector.reddit.RedditConnectorFactory;
import vn.langnghe.harvest.connector.replay.ReplayConfig;
import vn.langnghe.harvest.connector.replay.ReplayConnectorFactory;
import vn.langnghe.harvest.connector.tiktok.TikTokConfig;
import vn.langnghe.harvest.connector.tiktok.TikTokConnectorFactory;
import vn.langnghe.harvest.connector.web.WebConfig;
import vn.langnghe.harvest.connector.web.WebConnectorFactory;
import vn.langnghe.harvest.connector.x.XConfig;
import vn.langnghe.harvest.connector.x.XConnectorFactory;
import vn.langnghe.harvest.connector.youtube.YoutubeConfig;
import vn.langnghe.harvest.connector.youtube.YoutubeConnectorFactory;

/**
 * What each platform's config refuses, and with which words: the messages the admin form and
 * {@code /api/v1/sources} showed when every factory wrote its own checks, now said by the constraints
 * on the config records and the few rules in code. A config with several problems names them all, in
 * the order of the record's components, whichever of the two found them.
 */
class ConfigValidationTest {
    private static final String NO_SCHEME = " does not start with http:// or https://";

    @Test
    void facebook() {
        var f = new FacebookConnectorFactory();
        assertEquals(List.of(
                "apiBaseUrl must be an http(s) URL: \"graph.facebook.com\"" + NO_SCHEME,
                "pageId must be the Page's id or username",
                "pageSize must be between 1 and 100",
                "backfillPages must be at least 1",
                "revisitHours must be between 0 and 720"),
                f.validate(new FacebookConfig("graph.facebook.com", "my page", false, 0, 0, 721)));
        assertEquals(List.of("pageId must be the Page's id or username"),
                f.validate(new FacebookConfig("https://graph.facebook.com/v21.0", null, true, 100, 1, 0)));
    }

    @Test
    void feed() {
        assertEquals(List.of("feedUrl must be an http(s) URL: \"ftp://x/feed.rss\"" + NO_SCHEME,
                "maxArticlesPerRun must be at least 1"),
                new FeedConnectorFactory().validate(new FeedConfig("ftp://x/feed.rss", false, 0)));
    }

    @Test
    void bulkImport() {
        var f = new ImportConnectorFactory();
        assertEquals(List.of(
                "location must be an http(s) URL or an absolute path on the server",
                "mapping: unknown field \"body\" (known: id, text, created, title, author, authorId, url, platform, "
                        + "kind, parent, thread, likes, shares, comments, views)",
                "mapping: \"text\" has no column after '='",
                "mapping: \"text\" must be mapped to a column",
                "mapping: \"created\" must be mapped to a column",
                "dateFormat \"ngày dd/MM/yyyy {giờ}\" is not ISO, EPOCH_SECONDS, EPOCH_MILLIS or a date pattern "
                        + "(Pattern includes reserved character: '{')",
                "timeZone must be a zone such as Asia/Ho_Chi_Minh",
                "defaultPlatform must be a short lower-case name such as import or facebook",
                "csvDelimiter must be , ; | or tab",
                "pageSize must be between 1 and 5000"),
                f.validate(new ImportConfig("uploads/x.csv", ImportConfig.Format.CSV, "id=post_id,body=message,text=",
                        "ngày dd/MM/yyyy {giờ}", "Sao Hoa/Quan 1", "Facebook Page", "#", 0, false)));
        ImportConfig ok = f.defaultConfig();
        assertEquals(List.of("location must be an http(s) URL: \"https://\" is not a valid address (Expected authority)",
                "format must be AUTO, CSV, JSON_LINES or XLSX",
                "timeZone must be a zone such as Asia/Ho_Chi_Minh"),
                f.validate(new ImportConfig("https://", null, ok.mapping(), null, null, "import", null, 1, true)));
        assertEquals(List.of("location is not a valid path"),
                f.validate(new ImportConfig("/srv/a\u0000b", null, ok.mapping(), "EPOCH_MILLIS", "+07:00", "import",
                        "tab", 5000, true)).subList(0, 1));
    }

    @Test
    void instagram() {
        var f = new InstagramConnectorFactory();
        String api = "https://graph.facebook.com/v21.0";
        assertEquals(List.of(
                "igUserId must be the numeric id of the Instagram business account",
                "a hashtag (letters, digits and _ only) is needed for HASHTAG",
                "comments can be read only on the account's own media (ACCOUNT)",
                "pageSize must be between 1 and 50",
                "backfillPages must be at least 1",
                "revisitHours must be between 0 and 720"),
                f.validate(new InstagramConfig(api, InstagramConfig.Mode.HASHTAG, "me", "kẹt xe", true, 80, 0, -1)));
        assertEquals(List.of("pageSize must be between 1 and 50"),
                f.validate(new InstagramConfig(api, InstagramConfig.Mode.HASHTAG, "1784", "#kẹtxe", false, 101, 1, 0)));
        assertEquals(List.of("pageSize must be between 1 and 100"),
                f.validate(new InstagramConfig(api, InstagramConfig.Mode.ACCOUNT, "1784", null, true, 101, 1, 0)));
        assertEquals(List.of(),
                f.validate(new InstagramConfig(api, InstagramConfig.Mode.ACCOUNT, "1784", null, true, 100, 1, 720)));
        assertEquals(List.of("mode must be HASHTAG or ACCOUNT"),
                f.validate(new InstagramConfig(api, null, "1784", null, false, 100, 1, 0)));
    }

    @Test
    void mastodon() {
        assertEquals(List.of(
                "instanceUrl must be an http(s) URL: \"mastodon.social\"" + NO_SCHEME,
                "a hashtag is needed for the TAG timeline",
                "pageSize must be between 1 and 40",
                "backfillPages must be at least 1"),
                new MastodonConnectorFactory().validate(
                        new MastodonConfig("mastodon.social", MastodonConfig.Timeline.TAG, " ", false, 41, 0)));
        assertEquals(List.of(), new MastodonConnectorFactory().validate(
                new MastodonConfig("https://mastodon.social", MastodonConfig.Timeline.PUBLIC, null, true, 1, 1)));
    }

    @Test
    void reddit() {
        assertEquals(List.of(
                "oauthBaseUrl must be an http(s) URL: \"oauth.reddit.com\"" + NO_SCHEME,
                "publicBaseUrl must be an http(s) URL: character U+0020 at position 25 is not allowed in an address "
                        + "(percent-encode it, e.g. a space as %20)",
                "subreddit must be a subreddit name such as saigon (letters, digits, _)",
                "a query is needed for SEARCH",
                "pageSize must be between 1 and 100",
                "backfillPages must be at least 1"),
                new RedditConnectorFactory().validate(new RedditConfig("oauth.reddit.com", "https://www.reddit.com/r x",
                        RedditConfig.Mode.SEARCH, "sai gon!", " ", 101, false, 0)));
        for (String name : List.of("saigon", "r/saigon", "/r/VietNam/", " r/Saigon_2 ")) {
            assertEquals(List.of(), new RedditConnectorFactory().validate(new RedditConfig("https://oauth.reddit.com",
                    "https://www.reddit.com", RedditConfig.Mode.COMMENTS, name, null, 100, true, 1)), name);
        }
        for (String name : List.of("s", "/saigon", "R/saigon", "r/r/saigon", "sài gòn")) {
            assertEquals(1, new RedditConnectorFactory().validate(new RedditConfig("https://oauth.reddit.com",
                    "https://www.reddit.com", RedditConfig.Mode.COMMENTS, name, null, 100, true, 1)).size(), name);
        }
    }

    @Test
    void replay() {
        var f = new ReplayConnectorFactory();
        long seed = f.defaultConfig().seed();
        assertEquals(List.of("pageSize must be between 1 and 1000"), f.validate(new ReplayConfig(seed, 0)));
        assertEquals(List.of("pageSize must be between 1 and 1000"), f.validate(new ReplayConfig(seed, 1001)));
        assertEquals(List.of(), f.validate(new ReplayConfig(seed, 1000)));
        // only one recording ships: another seed names nothing to serve
        assertEquals(List.of("seed must be " + seed + ", the one demo dataset recorded", "pageSize must be between 1 and 1000"),
                f.validate(new ReplayConfig(7, 0)));
    }

    @Test
    void tiktok() {
        assertEquals(List.of(
                "apiBaseUrl must be an http(s) URL: \"open.tiktokapis.com\"" + NO_SCHEME,
                "at least one keyword or hashtag is needed",
                "regionCode must be a two-letter country code such as VN",
                "daysBack must be between 1 and 30 (the API spans at most 30 days per query)",
                "maxCount must be between 1 and 100",
                "maxCommentsPerVideo must be at least 1 when comments are included"),
                new TikTokConnectorFactory().validate(
                        new TikTokConfig("open.tiktokapis.com", " , ", "#", "VNM", 31, 0, true, 0)));
    }

    @Test
    void web() {
        var f = new WebConnectorFactory();
        assertEquals(List.of("folder must be an absolute path", "pageSize must be between 1 and 500",
                "maxTextChars must be at least 1000"),
                f.validate(new WebConfig(WebConfig.Mode.FOLDER, "not a url", "uploads", 0, 999)));
        assertEquals(List.of("folder must name a folder on the server"),
                f.validate(new WebConfig(WebConfig.Mode.UPLOAD, null, " ", 20, 1000)));
        assertEquals(List.of("folder is not a valid path"),
                f.validate(new WebConfig(WebConfig.Mode.UPLOAD, null, "/srv/a\u0000b", 20, 1000)));
        assertEquals(List.of("url must be an http(s) URL: it is empty"),
                f.validate(new WebConfig(WebConfig.Mode.SITEMAP, null, "relative", 20, 1000)));
        assertEquals(List.of(), f.validate(new WebConfig(WebConfig.Mode.URL, "https://a.vn/x.pdf", "relative", 1, 1000)));
        assertEquals(List.of("mode must be URL, SITEMAP, FOLDER or UPLOAD"),
                f.validate(new WebConfig(null, "https://a.vn/x.pdf", "/srv", 1, 1000)));
    }

    @Test
    void x() {
        var f = new XConnectorFactory();
        assertEquals(List.of("apiBaseUrl must be an http(s) URL: \"api.x.com\"" + NO_SCHEME,
                "query is needed",
                "maxResults must be between 10 and 100",
                "backfillPages must be at least 1"),
                f.validate(new XConfig("api.x.com", " ", true, 5, 0)));
        String q = "a".repeat(510);
        assertEquals(List.of("the query is longer than X allows (512 characters, with -is:retweet)"),
                f.validate(new XConfig("https://api.x.com", q, true, 10, 1)));
        assertEquals(List.of(), f.validate(new XConfig("https://api.x.com", q, false, 10, 1)));
    }

    @Test
    void youtube() {
        var f = new YoutubeConnectorFactory();
        assertEquals(List.of(
                "apiBaseUrl must be an http(s) URL: \"ftp://x\"" + NO_SCHEME,
                "a channel id (UC...) is needed for CHANNEL",
                "regionCode must be a two-letter country code such as VN",
                "relevanceLanguage must be a language code such as vi",
                "pageSize must be between 1 and 50",
                "backfillPages must be at least 1",
                "revisitHours must be between 0 and 720"),
                f.validate(new YoutubeConfig("ftp://x", YoutubeConfig.Mode.CHANNEL, "", " ", "Vietnam", "vietnamese",
                        true, 80, 0, -1)));
        assertEquals(List.of("a query is needed for SEARCH"), f.validate(new YoutubeConfig(
                "https://www.googleapis.com/youtube/v3", YoutubeConfig.Mode.SEARCH, " ", null, " ", "", false, 1, 1, 0)));
    }

    @Test
    void everyPlatformIsCoveredAboveAndItsDefaultConfigLacksOnlyWhatTheAdminMustFillIn() {
        Map<String, List<String>> toFillIn = Map.of(
                "facebook", List.of("pageId must be the Page's id or username"),
                "instagram", List.of("igUserId must be the numeric id of the Instagram business account"));
        var covered = new TreeSet<>(List.of("facebook", "feed", "import", "instagram", "mastodon", "reddit", "replay",
                "tiktok", "web", "x", "youtube"));
        List<ConnectorFactory<?>> every = EveryConnectorFactory.list();
        assertEquals(covered, every.stream().map(ConnectorFactory::type).collect(Collectors.toCollection(TreeSet::new)),
                "a new platform needs its case in this test");
        for (ConnectorFactory<?> f : every) {
            assertEquals(toFillIn.getOrDefault(f.type(), List.of()), problemsOfDefault(f), f.type());
        }
    }

    @Test
    void whatTheAdminTypedIsQuotedAsItIsNotReadAsATemplate() {
        var f = new ImportConnectorFactory();
        ImportConfig d = f.defaultConfig();
        for (String typed : List.of("${7*7}", "{min} #{1}", "\\{value\\} $")) {
            ImportConfig c = new ImportConfig(d.location(), d.format(), d.mapping(), typed, d.timeZone(),
                    d.defaultPlatform(), d.csvDelimiter(), d.pageSize(), d.skipBadRows());
            List<String> problems = f.validate(c);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("dateFormat \"" + typed + "\"", problems.get(0).substring(0, typed.length() + 13), typed);
        }
        Map<String, String> feeds = Map.of(
                "ftp://a.vn/$7*7", "feedUrl must be an http(s) URL: \"ftp://a.vn/$7*7\"" + NO_SCHEME,
                "https://a.vn/${7*7}", "feedUrl must be an http(s) URL: character \"{\" at position 15 is not allowed "
                        + "in an address (percent-encode it, e.g. a space as %20)");
        feeds.forEach((url, message) -> assertEquals(List.of(message),
                new FeedConnectorFactory().validate(new FeedConfig(url, false, 1))));
    }

    private static <C extends Record> List<String> problemsOfDefault(ConnectorFactory<C> f) {
        return f.validate(f.defaultConfig());
    }
}
