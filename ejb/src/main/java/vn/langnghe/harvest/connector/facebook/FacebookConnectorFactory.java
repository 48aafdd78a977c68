package vn.langnghe.harvest.connector.facebook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class FacebookConnectorFactory implements ConnectorFactory<FacebookConfig> {
    /** A Page access token with pages_read_engagement and pages_read_user_content. */
    public static final String PAGE_ACCESS_TOKEN = "pageAccessToken";

    @Override
    public String type() {
        return "facebook";
    }

    @Override
    public String displayName() {
        return "Facebook Page (Graph API)";
    }

    @Override
    public Class<FacebookConfig> configType() {
        return FacebookConfig.class;
    }

    @Override
    public FacebookConfig defaultConfig() {
        return new FacebookConfig(GraphApi.DEFAULT_BASE_URL, "", true, 25, 4, 48);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(PAGE_ACCESS_TOKEN);
    }

    @Override
    public Connector open(FacebookConfig config, Credentials credentials, ConnectorContext context) {
        GraphApi api = new GraphApi(config.apiBaseUrl(), "Facebook", credentials.get(PAGE_ACCESS_TOKEN),
                PAGE_ACCESS_TOKEN, context);
        return new FacebookConnector(config, api, context.clock());
    }
}
