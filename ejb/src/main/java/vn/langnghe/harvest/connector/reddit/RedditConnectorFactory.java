package vn.langnghe.harvest.connector.reddit;

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
    public List<String> validate(RedditConfig c) {
        List<String> problems = new ArrayList<>();
        WebAddress.check("oauthBaseUrl", c.oauthBaseUrl(), problems);
        WebAddress.check("publicBaseUrl", c.publicBaseUrl(), problems);
        if (c.mode() == null) {
            problems.add("a mode is needed: SUBREDDIT, SEARCH or COMMENTS");
        }
        if (c.subreddit() == null || !RedditConnector.subredditName(c).matches("[A-Za-z0-9_]{2,21}")) {
            problems.add("subreddit must be a subreddit name such as saigon (letters, digits, _)");
        }
        if (c.mode() == RedditConfig.Mode.SEARCH && (c.query() == null || c.query().isBlank())) {
            problems.add("a query is needed for SEARCH");
        }
        if (c.pageSize() < 1 || c.pageSize() > 100) {
            problems.add("pageSize must be between 1 and 100");
        }
        if (c.backfillPages() < 1) {
            problems.add("backfillPages must be at least 1");
        }
        return problems;
    }

    @Override
    public Connector open(RedditConfig config, Credentials credentials, ConnectorContext context) {
        return new RedditConnector(config, credentials, grant, context);
    }
}
