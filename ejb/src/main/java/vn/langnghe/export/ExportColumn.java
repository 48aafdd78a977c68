package vn.langnghe.export;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Function;
import vn.langnghe.search.ExportedPost;

/**
 * The columns of an export, in order. A value is a {@code String}, a {@code Long} (counts) or a
 * {@code ZonedDateTime} in the city's time zone (the post's time); each file type writes them its own way.
 * Headers are the page's texts ({@code export.col.<key>}), given when the export starts.
 */
public enum ExportColumn {
    ID("id", p -> p.post().id()),
    CREATED_AT("created_at", p -> p.post().createdAt() == null ? null : p.post().createdAt().atZone(City.ZONE)),
    PLATFORM("platform", p -> p.post().platform()),
    KIND("kind", p -> p.post().kind()),
    SOURCE("source", ExportedPost::source),
    AUTHOR("author", p -> p.post().authorName()),
    TITLE("title", p -> p.post().title()),
    TEXT("text", p -> p.post().text()),
    SENTIMENT("sentiment", p -> p.post().sentiment()),
    TOPICS("topics", p -> String.join("; ", p.post().topics())),
    REGIONS("regions", p -> String.join("; ", p.post().regions())),
    LANGUAGE("language", ExportedPost::language),
    LIKES("likes", p -> p.post().engagement().likes()),
    SHARES("shares", p -> p.post().engagement().shares()),
    COMMENTS("comments", p -> p.post().engagement().comments()),
    VIEWS("views", p -> p.post().engagement().views()),
    URL("url", p -> p.post().url());

    /** Times in the files are the city's, as everywhere the platform shows them. */
    public static final ZoneId CITY = City.ZONE;

    // a holder: the constants' lambdas may not name a static field of the enum declared after them
    private static final class City {
        static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    }

    private final String key;
    private final Function<ExportedPost, Object> value;

    ExportColumn(String key, Function<ExportedPost, Object> value) {
        this.key = key;
        this.value = value;
    }

    /** The column's name in English, as the bundles' {@code export.col.<key>} name it. */
    public String key() {
        return key;
    }

    Object value(ExportedPost post) {
        return value.apply(post);
    }

    /** Whether the values are times: XLSX writes them as dates. */
    boolean time() {
        return this == CREATED_AT;
    }

    static ZonedDateTime asTime(Object v) {
        return (ZonedDateTime) v;
    }
}
