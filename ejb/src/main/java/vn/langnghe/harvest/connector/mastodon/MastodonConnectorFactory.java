package vn.langnghe.harvest.connector.mastodon;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class MastodonConnectorFactory implements ConnectorFactory<MastodonConfig> {
    /** Optional: public timelines need no token on most instances, but some require one. */
    public static final String ACCESS_TOKEN = "accessToken";

    @Override
    public String type() {
        return "mastodon";
    }

    @Override
    public String displayName() {
        return "Mastodon";
    }

    @Override
    public Class<MastodonConfig> configType() {
        return MastodonConfig.class;
    }

    @Override
    public MastodonConfig defaultConfig() {
        return new MastodonConfig("https://mastodon.social", MastodonConfig.Timeline.TAG, "saigon", false, 40, 5);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(ACCESS_TOKEN);
    }

    @Override
    public void checkInCode(MastodonConfig c, ConfigProblems problems) {
        if (c.timeline() == MastodonConfig.Timeline.TAG && (c.hashtag() == null || c.hashtag().isBlank())) {
            problems.add("hashtag", "a hashtag is needed for the TAG timeline");
        }
    }

    @Override
    public Connector open(MastodonConfig config, Credentials credentials, ConnectorContext context) {
        return new MastodonConnector(config, credentials.get(ACCESS_TOKEN), context);
    }
}
