package vn.langnghe.harvest.connector.instagram;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.facebook.GraphApi;

@ApplicationScoped
public class InstagramConnectorFactory implements ConnectorFactory<InstagramConfig> {
    /**
     * A User (or Page) access token of someone who manages the account, with instagram_basic (and
     * instagram_manage_comments for comments; Instagram Public Content Access for hashtags).
     */
    public static final String ACCESS_TOKEN = "accessToken";

    @Override
    public String type() {
        return "instagram";
    }

    @Override
    public String displayName() {
        return "Instagram (Graph API)";
    }

    @Override
    public Class<InstagramConfig> configType() {
        return InstagramConfig.class;
    }

    @Override
    public InstagramConfig defaultConfig() {
        return new InstagramConfig(GraphApi.DEFAULT_BASE_URL, InstagramConfig.Mode.HASHTAG, "", "saigon", false, 50, 4, 48);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(ACCESS_TOKEN);
    }

    @Override
    public void checkInCode(InstagramConfig c, ConfigProblems problems) {
        if (c.mode() == null) {
            return;
        }
        problems.check(c.mode().constraints);
        if (c.mode() == InstagramConfig.Mode.HASHTAG) {
            if (c.hashtag() == null || !c.hashtag().replaceFirst("^#", "").matches("[\\p{L}\\p{N}_]+")) {
                problems.add("hashtag", "a hashtag (letters, digits and _ only) is needed for HASHTAG");
            }
            if (c.includeComments()) {
                problems.add("includeComments", "comments can be read only on the account's own media (ACCOUNT)");
            }
        }
    }

    @Override
    public Connector open(InstagramConfig config, Credentials credentials, ConnectorContext context) {
        GraphApi api = new GraphApi(config.apiBaseUrl(), "Instagram", credentials.get(ACCESS_TOKEN), ACCESS_TOKEN,
                context, InstagramConnector::hashtagLimit);
        return new InstagramConnector(config, api, context.clock());
    }
}
