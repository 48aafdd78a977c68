package vn.langnghe.harvest.connector.web;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.Page;

/**
 * One page or file. The cursor holds the version last taken (ETag, Last-Modified and a digest of the
 * body): a later run asks conditionally and returns the document again only when it changed.
 */
final class UrlConnector implements Connector {
    static final String PLATFORM = "web";

    private final String url;
    private final WebClient client;
    private final DocumentText text;

    UrlConnector(String url, WebClient client, DocumentText text) {
        this.url = url;
        this.client = client;
        this.text = text;
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor cursor = Cursor.parse(cursorText);
        Map<String, String> conditional = new LinkedHashMap<>();
        if (cursor.get("etag") != null) {
            conditional.put("If-None-Match", cursor.get("etag"));
        }
        if (cursor.get("modified") != null) {
            conditional.put("If-Modified-Since", cursor.get("modified"));
        }
        HttpReply reply = client.get(URI.create(url), WebClient.ACCEPT, conditional);
        if (reply.status() == 304) {
            return Page.last(List.of(), cursorText);
        }
        client.requireSuccess(reply);
        String digest = digest(reply.body());
        Cursor next = Cursor.empty().with("etag", reply.header("ETag").orElse(null))
                .with("modified", reply.header("Last-Modified").orElse(null)).with("sha", digest);
        if (digest.equals(cursor.get("sha"))) {
            return Page.last(List.of(), next.text());
        }
        DocumentText.Extracted doc;
        try {
            doc = text.extract(reply.body(), url, reply.header("Content-Type").orElse(null));
        } catch (DocumentText.NoTextException e) {
            throw new BadReplyException(e.getMessage());
        }
        Instant created = doc.created() != null ? doc.created()
                : reply.header("Last-Modified").map(UrlConnector::httpDate).orElse(null);
        HarvestedItem item = HarvestedItem.builder(PLATFORM, url)
                .kind("page")
                .url(url)
                .title(doc.title())
                .text(doc.text())
                .createdAt(created != null ? created : client.context().clock().instant())
                .build();
        return Page.last(List.of(item), next.text());
    }

    static Instant httpDate(String s) {
        try {
            return ZonedDateTime.parse(s.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String check() throws ConnectorException {
        Page p = fetch(null);
        HarvestedItem item = p.items().get(0);
        return "read " + item.text().length() + " characters" + (item.title() == null ? "" : " from \"" + item.title() + "\"");
    }
}
