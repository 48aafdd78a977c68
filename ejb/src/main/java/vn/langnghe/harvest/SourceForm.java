package vn.langnghe.harvest;

import java.util.Map;

/**
 * What an admin submits to add or edit a source. {@code config} holds the connector's config fields
 * as text (missing ones keep their defaults); in {@code credentials}, a blank value keeps the stored
 * secret, so a form never needs to show one back.
 */
public record SourceForm(String name, String type, Map<String, String> config, Map<String, String> credentials,
                         Integer intervalSeconds) {
    public SourceForm {
        config = config == null ? Map.of() : Map.copyOf(config);
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
    }
}
