package vn.langnghe.harvest.connector.reddit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ClientCredentialsGrant;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class RedditConnectorFactory implements ConnectorFactory<RedditConfig> {
    /**
     * Optional: the id and secret of a Reddit app (script or web type). The connector asks for
     * application-only tokens with them ({@code POST /api/v1/access_token}, client-credentials grant)
     * and renews them itself; with a token Reddit's OAuth host is used, without one the public host.
     */
    public static final String CLIENT_ID = "clientId";
    public static final String CLIENT_SECRET = "clientSecret";
    /** Alternatively an OAuth bearer token with the {@code read} scope, pasted by hand (it expires). */
    public static final String ACCESS_TOKEN = "accessToken";

    /** Tokens shared by the runs of every Reddit source with the same app. */
    private final ClientCredentialsGrant grant = new ClientCredentialsGrant();

    @Override
    public String type() {
        return "reddit";
    }

    @Override
    public String displayName() {
        return "Reddit";
    }

    @Override
    public Class<RedditConfig> configType() {
        return RedditConfig.class;
    }

    @Override
    public RedditConfig defaultConfig() {
        return new RedditConfig("https://oauth.reddit.com", "https://www.reddit.com", RedditConfig.Mode.SUBREDDIT,
                "saigon", "", 100, true, 3);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(CLIENT_ID, CLIENT_SECRET, ACCESS_TOKEN);
    }

    @Override
    public void checkInCode(RedditConfig c, ConfigProblems problems) {
        if (c.mode() == RedditConfig.Mode.SEARCH && (c.query() == null || c.query().isBlank())) {
            problems.add("query", "a query is needed for SEARCH");
        }
    }

    @Override
    public Connector open(RedditConfig config, Credentials credentials, ConnectorContext context) {
        return new RedditConnector(config, credentials, grant, context);
    }
}
