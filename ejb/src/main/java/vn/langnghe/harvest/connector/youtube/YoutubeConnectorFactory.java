package vn.langnghe.harvest.connector.youtube;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

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
    public void checkInCode(YoutubeConfig c, ConfigProblems problems) {
        if (c.mode() == YoutubeConfig.Mode.SEARCH && blank(c.query())) {
            problems.add("query", "a query is needed for SEARCH");
        } else if (c.mode() == YoutubeConfig.Mode.CHANNEL && (blank(c.channelId()) || !c.channelId().matches("[\\w-]+"))) {
            problems.add("channelId", "a channel id (UC...) is needed for CHANNEL");
        }
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
