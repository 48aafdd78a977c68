package vn.langnghe.harvest.connector.x;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.WebAddress;

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

    @Override
    public List<String> validate(XConfig c) {
        List<String> problems = new ArrayList<>();
        WebAddress.check("apiBaseUrl", c.apiBaseUrl(), problems);
        if (c.query() == null || c.query().isBlank()) {
            problems.add("a search query is needed");
        } else if (XConnector.fullQuery(c).length() > MAX_QUERY_LENGTH) {
            problems.add("the query is longer than X allows (" + MAX_QUERY_LENGTH + " characters, with -is:retweet)");
        }
        if (c.maxResults() < 10 || c.maxResults() > 100) {
            problems.add("maxResults must be between 10 and 100");
        }
        if (c.backfillPages() < 1) {
            problems.add("backfillPages must be at least 1");
        }
        return problems;
    }

    @Override
    public Connector open(XConfig config, Credentials credentials, ConnectorContext context) {
        return new XConnector(config, credentials, context);
    }
}
