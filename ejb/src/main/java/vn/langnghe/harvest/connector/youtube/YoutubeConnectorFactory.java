package vn.langnghe.harvest.connector.youtube;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.WebAddress;

@ApplicationScoped
public class YoutubeConnectorFactory implements ConnectorFactory<YoutubeConfig> {
    /** A Google Cloud API key with the YouTube Data API v3 enabled. */
    public static final String API_KEY = "apiKey";

    @Override
    public String type() {
        return "youtube";
    }

    @Override
    public String displayName() {
        return "YouTube Data API v3";
    }

    @Override
    public Class<YoutubeConfig> configType() {
        return YoutubeConfig.class;
    }

    @Override
    public YoutubeConfig defaultConfig() {
        return new YoutubeConfig("https://www.googleapis.com/youtube/v3", YoutubeConfig.Mode.SEARCH,
                "kẹt xe TP.HCM", "", "VN", "vi", true, 50, 2, 48);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(API_KEY);
    }

    @Override
    public List<String> validate(YoutubeConfig c) {
        List<String> problems = new ArrayList<>();
        WebAddress.check("apiBaseUrl", c.apiBaseUrl(), problems);
        if (c.mode() == null) {
            problems.add("mode must be SEARCH or CHANNEL");
        } else if (c.mode() == YoutubeConfig.Mode.SEARCH && blank(c.query())) {
            problems.add("a query is needed for SEARCH");
        } else if (c.mode() == YoutubeConfig.Mode.CHANNEL && (blank(c.channelId()) || !c.channelId().matches("[\\w-]+"))) {
            problems.add("a channel id (UC...) is needed for CHANNEL");
        }
        if (!blank(c.regionCode()) && !c.regionCode().matches("[A-Za-z]{2}")) {
            problems.add("regionCode must be a two-letter country code such as VN");
        }
        if (!blank(c.relevanceLanguage()) && !c.relevanceLanguage().matches("[A-Za-z]{2,3}(-[A-Za-z]+)?")) {
            problems.add("relevanceLanguage must be a language code such as vi");
        }
        if (c.pageSize() < 1 || c.pageSize() > 50) {
            problems.add("pageSize must be between 1 and 50");
        }
        if (c.backfillPages() < 1) {
            problems.add("backfillPages must be at least 1");
        }
        if (c.revisitHours() < 0 || c.revisitHours() > 24 * 30) {
            problems.add("revisitHours must be between 0 and 720");
        }
        return problems;
    }

    @Override
    public Connector open(YoutubeConfig config, Credentials credentials, ConnectorContext context) {
        return new YoutubeConnector(config, new YoutubeApi(config.apiBaseUrl(), credentials.get(API_KEY), context),
                context);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
