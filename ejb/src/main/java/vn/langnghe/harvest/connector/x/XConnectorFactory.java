package vn.langnghe.harvest.connector.x;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class XConnectorFactory implements ConnectorFactory<XConfig> {
    /** The app-only bearer token of an X developer project with access to recent search. */
    public static final String BEARER_TOKEN = "bearerToken";

    /** X counts the query's characters, operators included; 512 is the limit of the basic access levels. */
    static final int MAX_QUERY_LENGTH = 512;

    @Override
    public String type() {
        return "x";
    }

    @Override
    public String displayName() {
        return "X (Twitter) API v2";
    }

    @Override
    public Class<XConfig> configType() {
        return XConfig.class;
    }

    @Override
    public XConfig defaultConfig() {
        return new XConfig("https://api.x.com", "(\"sài gòn\" OR \"tp.hcm\" OR saigon) (\"kẹt xe\" OR \"ngập\")",
                true, 100, 5);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(BEARER_TOKEN);
    }

    /** The query's length with {@code -is:retweet} added (when excludeRetweets) is what X counts. */
    @Override
    public void checkInCode(XConfig c, ConfigProblems problems) {
        if (!problems.has("query") && XConnector.fullQuery(c).length() > MAX_QUERY_LENGTH) {
            problems.add("query", "the query is longer than X allows (" + MAX_QUERY_LENGTH
                    + " characters, with -is:retweet)");
        }
    }

    @Override
    public Connector open(XConfig config, Credentials credentials, ConnectorContext context) {
        return new XConnector(config, credentials, context);
    }
}
