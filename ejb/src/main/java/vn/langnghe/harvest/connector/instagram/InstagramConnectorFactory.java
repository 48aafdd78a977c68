package vn.langnghe.harvest.connector.instagram;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.WebAddress;
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
    public List<String> validate(InstagramConfig c) {
        List<String> problems = new ArrayList<>();
        WebAddress.check("apiBaseUrl", c.apiBaseUrl(), problems);
        if (c.igUserId() == null || !c.igUserId().matches("\\d+")) {
            problems.add("igUserId must be the numeric id of the Instagram business account");
        }
        if (c.mode() == null) {
            problems.add("mode must be HASHTAG or ACCOUNT");
        } else if (c.mode() == InstagramConfig.Mode.HASHTAG) {
            if (c.hashtag() == null || !c.hashtag().replaceFirst("^#", "").matches("[\\p{L}\\p{N}_]+")) {
                problems.add("a hashtag (letters, digits and _ only) is needed for HASHTAG");
            }
            if (c.includeComments()) {
                problems.add("comments can be read only on the account's own media (ACCOUNT)");
            }
        }
        int max = c.mode() == InstagramConfig.Mode.HASHTAG ? 50 : 100;
        if (c.pageSize() < 1 || c.pageSize() > max) {
            problems.add("pageSize must be between 1 and " + max);
        }
        if (c.backfillPages() < 1) {
            problems.add("backfillPages must be at least 1");
        }
        if (c.revisitHours() < 0 || c.revisitHours() > 24 * 30) {
            problems.add("revisitHours must be between 0 and 720");
        }
        return problems;
    }

    @Override
    public Connector open(InstagramConfig config, Credentials credentials, ConnectorContext context) {
        GraphApi api = new GraphApi(config.apiBaseUrl(), "Instagram", credentials.get(ACCESS_TOKEN), ACCESS_TOKEN,
                context, InstagramConnector::hashtagLimit);
        return new InstagramConnector(config, api, context.clock());
    }
}
