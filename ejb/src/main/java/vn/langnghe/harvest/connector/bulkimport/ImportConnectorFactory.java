package vn.langnghe.harvest.connector.bulkimport;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.WebAddress;

@ApplicationScoped
public class ImportConnectorFactory implements ConnectorFactory<ImportConfig> {
    /** Optional HTTP basic credentials for a URL location. */
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";
    private static final Set<String> DELIMITERS = Set.of(",", ";", "|", "tab", "\\t", "\t");

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

    @Override
    public List<String> validate(ImportConfig c) {
        List<String> problems = new ArrayList<>();
        String location = c.location() == null ? "" : c.location().strip();
        if (WebAddress.looksLikeOne(location)) {
            WebAddress.check("location", location, problems);
        } else {
            try {
                if (location.isEmpty() || !Path.of(location).isAbsolute()) {
                    problems.add("location must be an http(s) URL or an absolute path on the server");
                }
            } catch (InvalidPathException e) {
                problems.add("location is not a valid path");
            }
        }
        if (c.format() == null) {
            problems.add("format must be AUTO, CSV, JSON_LINES or XLSX");
        }
        problems.addAll(Mapping.problems(c.mapping()));
        String df = c.dateFormat() == null || c.dateFormat().isBlank() ? "ISO" : c.dateFormat().strip();
        if (!RowMapper.isNamed(df)) {
            try {
                DateTimeFormatter.ofPattern(df);
            } catch (IllegalArgumentException e) {
                problems.add("dateFormat \"" + df + "\" is not ISO, EPOCH_SECONDS, EPOCH_MILLIS or a date pattern ("
                        + e.getMessage() + ")");
            }
        }
        try {
            ZoneId.of(c.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            problems.add("timeZone must be a zone such as Asia/Ho_Chi_Minh");
        }
        if (c.defaultPlatform() == null || !c.defaultPlatform().matches("[a-z0-9][a-z0-9_.-]{0,39}")) {
            problems.add("defaultPlatform must be a short lower-case name such as import or facebook");
        }
        if (c.csvDelimiter() != null && !c.csvDelimiter().isEmpty() && !DELIMITERS.contains(c.csvDelimiter())) {
            problems.add("csvDelimiter must be , ; | or tab");
        }
        if (c.pageSize() < 1 || c.pageSize() > 5_000) {
            problems.add("pageSize must be between 1 and 5000");
        }
        return problems;
    }

    @Override
    public Connector open(ImportConfig config, Credentials credentials, ConnectorContext context) {
        return new ImportConnector(config, credentials.get(USERNAME), credentials.get(PASSWORD), context);
    }
}
