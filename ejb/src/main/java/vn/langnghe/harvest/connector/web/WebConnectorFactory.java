package vn.langnghe.harvest.connector.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.langnghe.harvest.connector.ConfigProblems;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;

@ApplicationScoped
public class WebConnectorFactory implements ConnectorFactory<WebConfig> {
    /** Optional HTTP basic credentials, for an intranet site; sent to the configured host only. */
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";

    @Override
    public String type() {
        return "web";
    }

    @Override
    public String displayName() {
        return "Web pages and files (HTML, PDF, DOCX, XLSX, TXT)";
    }

    @Override
    public Class<WebConfig> configType() {
        return WebConfig.class;
    }

    @Override
    public WebConfig defaultConfig() {
        return new WebConfig(WebConfig.Mode.SITEMAP, "https://hochiminhcity.gov.vn/sitemap.xml", "", 20,
                DocumentText.DEFAULT_MAX_CHARS);
    }

    @Override
    public List<String> credentialNames() {
        return List.of(USERNAME, PASSWORD);
    }

    @Override
    public void checkInCode(WebConfig c, ConfigProblems problems) {
        if (c.mode() != null) {
            problems.check(c.mode().constraints);
        }
    }

    @Override
    public Connector open(WebConfig config, Credentials credentials, ConnectorContext context) {
        WebClient client = new WebClient(context, config.url(), credentials.get(USERNAME), credentials.get(PASSWORD));
        DocumentText text = new DocumentText(config.maxTextChars());
        int pageSize = Math.min(config.pageSize(), context.maxItemsPerPage());
        return switch (config.mode()) {
            case URL -> new UrlConnector(config.url(), client, text);
            case SITEMAP -> new SitemapConnector(config.url(), pageSize, client, text, context);
            case FOLDER -> new FolderConnector(config.folder(), false, pageSize, text, context);
            case UPLOAD -> new FolderConnector(config.folder(), true, pageSize, text, context);
        };
    }
}
