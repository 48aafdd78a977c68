package vn.langnghe.harvest.connector.replay;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class ReplayConnectorFactory implements ConnectorFactory<ReplayConfig> {
    public static final String TYPE = "replay";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Demo replay (local)";
    }

    @Override
    public Class<ReplayConfig> configType() {
        return ReplayConfig.class;
    }

    @Override
    public ReplayConfig defaultConfig() {
        return new ReplayConfig(DemoRecording.SEED, 100);
    }

    @Override
    public List<String> credentialNames() {
        return List.of();
    }

    @Override
    public void checkInCode(ReplayConfig c, ConfigProblems problems) {
        if (c.seed() != DemoRecording.SEED) {
            problems.add("seed", "seed must be " + DemoRecording.SEED + ", the one demo dataset recorded");
        }
    }

    @Override
    public Connector open(ReplayConfig config, Credentials credentials, ConnectorContext context) {
        return new ReplayConnector(config, context);
    }
}
