package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.ConfigCodec;
import vn.langnghe.harvest.InvalidSourceException;
import vn.langnghe.harvest.connector.bulkimport.ImportConnectorFactory;
import vn.langnghe.harvest.connector.facebook.FacebookConnectorFactory;
import vn.langnghe.harvest.connector.feed.FeedConnectorFactory;
import vn.langnghe.harvest.connector.instagram.InstagramConnectorFactory;
import vn.langnghe.harvest.connector.mastodon.MastodonConnectorFactory;
import vn.langnghe.harvest.connector.reddit.RedditConnectorFactory;
import vn.langnghe.harvest.connector.tiktok.TikTokConnectorFactory;
import vn.langnghe.harvest.connector.web.WebConnectorFactory;
import vn.langnghe.harvest.connector.x.XConnectorFactory;
import vn.langnghe.harvest.connector.youtube.YoutubeConnectorFactory;

/**
 * Every URL field of every connector is checked the same way when a source is saved: an address the
 * connector could not send a request to (illegal characters, another scheme, no host) is refused with a
 * message naming the field, instead of being stored and failing every run as "internal".
 */
class WebAddressTest {
    /** Addresses that an earlier pattern check let through and {@link URI} refuses. */
    private static final List<String> ILLEGAL = List.of(
            "http://127.0.0.1:8765/feeds/x.rss?q=<b>",
            "http://127.0.0.1:8765/feeds/x.rss?q=a|b",
            "http://127.0.0.1:8765/feeds/\"x\".rss",
            "http://127.0.0.1:8765/feeds/x y.rss",
            "http://127.0.0.1:8765/feeds/x.rss#a#b");

    private record UrlField(ConnectorFactory<?> factory, String field, Map<String, String> others) {
    }

    private static final List<UrlField> URL_FIELDS = List.of(
            new UrlField(new FeedConnectorFactory(), "feedUrl", Map.of()),
            new UrlField(new WebConnectorFactory(), "url", Map.of("mode", "URL")),
            new UrlField(new WebConnectorFactory(), "url", Map.of("mode", "SITEMAP")),
            new UrlField(new ImportConnectorFactory(), "location", Map.of()),
            new UrlField(new MastodonConnectorFactory(), "instanceUrl", Map.of()),
            new UrlField(new XConnectorFactory(), "apiBaseUrl", Map.of()),
            new UrlField(new YoutubeConnectorFactory(), "apiBaseUrl", Map.of()),
            new UrlField(new FacebookConnectorFactory(), "apiBaseUrl", Map.of()),
            new UrlField(new InstagramConnectorFactory(), "apiBaseUrl", Map.of()),
            new UrlField(new TikTokConnectorFactory(), "apiBaseUrl", Map.of()),
            new UrlField(new RedditConnectorFactory(), "oauthBaseUrl", Map.of()),
            new UrlField(new RedditConnectorFactory(), "publicBaseUrl", Map.of()));

    @Test
    void everyUrlFieldRefusesIllegalCharactersNamingTheField() throws InvalidSourceException {
        for (UrlField f : URL_FIELDS) {
            for (String bad : ILLEGAL) {
                List<String> problems = problems(f, bad);
                assertEquals(1, problems.size(), f + " " + bad + " → " + problems);
                assertTrue(problems.get(0).startsWith(f.field() + " must be an http(s) URL: "), problems.get(0));
            }
        }
    }

    @Test
    void everyUrlFieldRefusesOtherSchemesAndMissingHosts() throws InvalidSourceException {
        for (UrlField f : URL_FIELDS) {
            for (String bad : List.of("https://", "http:///feeds/x.rss", "http:x.rss")) {
                List<String> problems = problems(f, bad);
                assertEquals(1, problems.size(), f + " " + bad + " → " + problems);
                assertTrue(problems.get(0).startsWith(f.field() + " must be an http(s) URL"), problems.get(0));
            }
            if (!f.field().equals("location")) {
                // for an import, a text that is not a web address is a server path (checked as one)
                assertEquals(1, problems(f, "ftp://127.0.0.1/x.rss").size(), f.toString());
                assertEquals(1, problems(f, "127.0.0.1/x.rss").size(), f.toString());
            }
        }
    }

    @Test
    void everyUrlFieldAcceptsWhatItsConnectorCanRequest() throws InvalidSourceException {
        for (UrlField f : URL_FIELDS) {
            for (String good : List.of("http://127.0.0.1:8765/feeds/x.rss?q=%3Cb%3E&page=2",
                    "HTTPS://thanhnien.vn/rss/thoi-su.rss", "https://vi.wikipedia.org/wiki/S%C3%A0i_G%C3%B2n")) {
                assertEquals(List.of(), problems(f, good), f + " " + good);
            }
        }
    }

    @Test
    void theMessageSaysWhichCharacterAndWhere() {
        assertEquals("character \"<\" at position 37 is not allowed in an address (percent-encode it, e.g. a space"
                + " as %20)", WebAddress.problem("http://127.0.0.1:8765/feeds/x.rss?q=<b>"));
        assertTrue(WebAddress.problem("http://a.vn/x y").startsWith("character U+0020 at position 14"),
                WebAddress.problem("http://a.vn/x y"));
        assertNull(WebAddress.problem(" https://a.vn/x "));
    }

    private static List<String> problems(UrlField f, String value) throws InvalidSourceException {
        Map<String, String> values = new HashMap<>(f.others());
        values.put(f.field(), value);
        return validate(f.factory(), values);
    }

    private static <C extends Record> List<String> validate(ConnectorFactory<C> factory, Map<String, String> values)
            throws InvalidSourceException {
        C config = ConfigCodec.fromStrings(factory.configType(), values, factory.defaultConfig());
        return factory.validate(config).stream().filter(p -> p.contains("URL") || p.contains("location")).toList();
    }
}
