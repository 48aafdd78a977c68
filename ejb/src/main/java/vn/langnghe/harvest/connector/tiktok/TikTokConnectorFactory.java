package vn.langnghe.harvest.connector.tiktok;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ClientCredentialsGrant;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class TikTokConnectorFactory implements ConnectorFactory<TikTokConfig> {
    /**
     * The client key and secret of an approved research project: the connector asks TikTok for client
     * access tokens with them ({@code POST /v2/oauth/token/}, two hours each) and renews them itself.
     */
    public static final String CLIENT_KEY = "clientKey";
    public static final String CLIENT_SECRET = "clientSecret";
    /** Alternatively a client access token ({@code clt.…}) pasted by hand; it lasts two hours only. */
    public static final String ACCESS_TOKEN = "accessToken";

    /** Tokens shared by the runs of every TikTok source with the same client. */
    private final ClientCredentialsGrant grant = new ClientCredentialsGrant();

    @Override
    public String type() {
        return "tiktok";
    }

    @Override
    public String displayName() {
        return "TikTok Research API";
    }

    @Override
    public Class<TikTokConfig> configType() {
        return TikTokConfig.class;
    }

    @Override
    public TikTokConfig defaultConfig() {
        return new TikTokConfig("https://open.tiktokapis.com", "kẹt xe, ngập nước, sài gòn", "saigon, tphcm", "VN", 7,
                100, true, 300);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(CLIENT_KEY, CLIENT_SECRET, ACCESS_TOKEN);
    }

    @Override
    public void checkInCode(TikTokConfig c, ConfigProblems problems) {
        if (TikTokQuery.terms(c.keywords()).isEmpty() && TikTokQuery.terms(c.hashtags()).isEmpty()) {
            problems.add("keywords", "at least one keyword or hashtag is needed");
        }
        if (c.includeComments() && c.maxCommentsPerVideo() < 1) {
            problems.add("maxCommentsPerVideo", "maxCommentsPerVideo must be at least 1 when comments are included");
        }
    }

    @Override
    public Connector open(TikTokConfig config, Credentials credentials, ConnectorContext context) {
        return new TikTokConnector(config, credentials, grant, context);
    }
}
