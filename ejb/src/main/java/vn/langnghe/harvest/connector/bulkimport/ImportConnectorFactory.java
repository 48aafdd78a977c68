package vn.langnghe.harvest.connector.bulkimport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class ImportConnectorFactory implements ConnectorFactory<ImportConfig> {
    /** Optional HTTP basic credentials for a URL location. */
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";

    @Override
    public String type() {
        return "import";
    }

    @Override
    public String displayName() {
        return "Bulk import (CSV, JSON lines, XLSX)";
    }

    @Override
    public Class<ImportConfig> configType() {
        return ImportConfig.class;
    }

    @Override
    public ImportConfig defaultConfig() {
        return new ImportConfig("/srv/langnghe/uploads/import", ImportConfig.Format.AUTO,
                "id=post_id,text=message,created=created_time,author=from_name,url=link,platform=source,likes=reactions",
                "ISO", "Asia/Ho_Chi_Minh", "import", ",", 500, false);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(USERNAME, PASSWORD);
    }

    /** The mapping is read by the connector's own parser, which words each problem ("mapping: ..."). */
    @Override
    public void checkInCode(ImportConfig c, ConfigProblems problems) {
        Mapping.problems(c.mapping()).forEach(p -> problems.add("mapping", p));
    }

    @Override
    public Connector open(ImportConfig config, Credentials credentials, ConnectorContext context) {
        return new ImportConnector(config, credentials.get(USERNAME), credentials.get(PASSWORD), context);
    }
}
