package vn.langnghe.harvest.connector.tiktok;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.harvest.connector.ClientCredentialsGrant;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.WebAddress;

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

    static final int MAX_DAYS = 30;

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
    public List<String> validate(TikTokConfig c) {
        List<String> problems = new ArrayList<>();
        WebAddress.check("apiBaseUrl", c.apiBaseUrl(), problems);
        if (TikTokQuery.terms(c.keywords()).isEmpty() && TikTokQuery.terms(c.hashtags()).isEmpty()) {
            problems.add("at least one keyword or hashtag is needed");
        }
        if (c.regionCode() != null && !c.regionCode().isBlank() && !c.regionCode().trim().matches("[A-Za-z]{2}")) {
            problems.add("regionCode must be a two-letter country code such as VN");
        }
        if (c.daysBack() < 1 || c.daysBack() > MAX_DAYS) {
            problems.add("daysBack must be between 1 and " + MAX_DAYS + " (the API spans at most " + MAX_DAYS
                    + " days per query)");
        }
        if (c.maxCount() < 1 || c.maxCount() > 100) {
            problems.add("maxCount must be between 1 and 100");
        }
        if (c.includeComments() && c.maxCommentsPerVideo() < 1) {
            problems.add("maxCommentsPerVideo must be at least 1 when comments are included");
        }
        return problems;
    }

    @Override
    public Connector open(TikTokConfig config, Credentials credentials, ConnectorContext context) {
        return new TikTokConnector(config, credentials, grant, context);
    }
}
