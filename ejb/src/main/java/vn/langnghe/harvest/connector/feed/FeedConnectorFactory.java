package vn.langnghe.harvest.connector.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class FeedConnectorFactory implements ConnectorFactory<FeedConfig> {
    /** Optional HTTP basic credentials, for feeds behind a login. */
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";

    @Override
    public String type() {
        return "feed";
    }

    @Override
    public String displayName() {
        return "RSS, Atom and RDF feeds";
    }

    @Override
    public Class<FeedConfig> configType() {
        return FeedConfig.class;
    }

    @Override
    public FeedConfig defaultConfig() {
        return new FeedConfig("https://vnexpress.net/rss/thoi-su.rss", false, 100);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(USERNAME, PASSWORD);
    }

    @Override
    public Connector open(FeedConfig config, Credentials credentials, ConnectorContext context) {
        return new FeedConnector(config, credentials.get(USERNAME), credentials.get(PASSWORD), context);
    }
}
