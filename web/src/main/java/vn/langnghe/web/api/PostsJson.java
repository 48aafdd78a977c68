package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import vn.langnghe.search.FacetCounts;
import vn.langnghe.search.FacetSummary;
import vn.langnghe.search.PostDetail;
import vn.langnghe.search.PostView;
import vn.langnghe.search.PostsPage;
import vn.langnghe.search.ResultField;
import vn.langnghe.search.Timeline;

/**
 * The search API's JSON, written with JSON-P by hand like the rest of the API: the shape is explicit and
 * nothing the post view holds leaks through a serialiser. A missing value is {@code null}, never left out,
 * so every item of a selection has the same keys. Labels are the pages' Vietnamese texts, where a value
 * has one.
 */
final class PostsJson {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("vn.langnghe.web.messages", Locale.forLanguageTag("vi"));

    private PostsJson() {
    }

    static JsonObject page(PostsPage p, Set<ResultField> fields) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        p.items().forEach(i -> items.add(item(i.post(), i.dupGroup(), i.duplicates(), fields)));
        JsonObjectBuilder b = JSON.createObjectBuilder().add("total", p.total()).add("posts", p.posts())
                .add("rows", p.rows()).add("cursor", p.cursor());
        text(b, "nextCursor", p.nextCursor());
        return b.add("items", items).add("facets", facets(p.facets())).build();
    }

    static JsonObject summary(FacetSummary s) {
        return JSON.createObjectBuilder().add("total", s.total()).add("posts", s.posts()).add("facets", facets(s.facets())).build();
    }

    static JsonObject facets(List<FacetCounts> counts) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (FacetCounts c : counts) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            for (FacetCounts.Value v : c.values()) {
                JsonObjectBuilder o = JSON.createObjectBuilder().add("value", v.value());
                String label = label(v.labelKey());
                if (label != null) {
                    o.add("label", label);
                }
                values.add(o.add("count", v.count()));
            }
            b.add(c.facet().param(), values);
        }
        return b.build();
    }

    static JsonObject timeline(Timeline t) {
        JsonArrayBuilder buckets = JSON.createArrayBuilder();
        for (Timeline.Bucket k : t.buckets()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("start", k.start().toString()).add("total", k.total());
            if (t.split().facet() != null) {
                JsonObjectBuilder counts = JSON.createObjectBuilder();
                k.counts().forEach(counts::add);
                o.add("counts", counts);
            }
            buckets.add(o);
        }
        return JSON.createObjectBuilder().add("interval", t.interval().name().toLowerCase(Locale.ROOT))
                .add("split", t.split().param()).add("timeZone", "Asia/Ho_Chi_Minh").add("start", t.start().toString())
                .add("end", t.end().toString()).add("total", t.total()).add("buckets", buckets).build();
    }

    /** A post with its analysis, its conversation, its near-duplicates and similar posts. */
    static JsonObject detail(PostDetail d) {
        Set<ResultField> all = EnumSet.allOf(ResultField.class);
        all.remove(ResultField.DUPLICATES);
        all.remove(ResultField.DUP_GROUP);
        JsonObjectBuilder analysis = JSON.createObjectBuilder();
        text(analysis, "language", d.language());
        if (d.sentimentScore() == null) {
            analysis.addNull("sentimentScore");
        } else {
            analysis.add("sentimentScore", d.sentimentScore());
        }
        // the calibrated probability that the model's label is right; null after an analyst's correction
        Double confidence = d.post().sentimentConfidence();
        if (confidence == null) {
            analysis.addNull("sentimentConfidence");
        } else {
            analysis.add("sentimentConfidence", BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP));
        }
        analysis.add("sentimentUncertain", d.post().sentimentUncertain());
        analysis.add("topicSentiment", strings(d.topicSentiments()));
        analysis.add("keywords", strings(d.keywords())).add("hashtags", strings(d.hashtags()))
                .add("areas", strings(d.areas())).add("units", strings(d.units()));
        JsonObjectBuilder thread = JSON.createObjectBuilder();
        text(thread, "id", d.threadId());
        if (d.parent() == null) {
            thread.addNull("parent");
        } else {
            thread.add("parent", item(d.parent(), null, -1, all));
        }
        thread.add("comments", posts(d.thread(), all)).add("total", d.threadTotal());
        return JSON.createObjectBuilder().add("post", item(d.post(), null, -1, all)).add("analysis", analysis)
                .add("thread", thread)
                .add("duplicates", JSON.createObjectBuilder().add("total", d.duplicateTotal()).add("items", posts(d.duplicates(), all)))
                .add("similar", posts(d.similar(), all)).build();
    }

    private static JsonArrayBuilder posts(List<PostView> posts, Set<ResultField> fields) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        posts.forEach(p -> a.add(item(p, null, -1, fields)));
        return a;
    }

    static JsonObject item(PostView p, String dupGroup, long duplicates, Set<ResultField> fields) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (ResultField f : fields.stream().sorted().toList()) {
            switch (f) {
                case ID -> text(b, f.param(), p.id());
                case PLATFORM -> text(b, f.param(), p.platform());
                case KIND -> text(b, f.param(), p.kind());
                case TITLE -> text(b, f.param(), p.title());
                case TEXT -> text(b, f.param(), p.text());
                case AUTHOR_NAME -> text(b, f.param(), p.authorName());
                case AUTHOR_ID -> text(b, f.param(), p.authorId());
                case URL -> text(b, f.param(), p.url());
                case CREATED_AT -> text(b, f.param(), p.createdAt() == null ? null : p.createdAt().toString());
                case SENTIMENT -> text(b, f.param(), p.sentiment());
                case SENTIMENT_EVIDENCE -> b.add(f.param(), strings(p.sentimentEvidence()));
                case TOPICS -> b.add(f.param(), strings(p.topics()));
                case REGIONS -> b.add(f.param(), strings(p.regions()));
                case ENGAGEMENT -> b.add(f.param(), JSON.createObjectBuilder().add("likes", p.engagement().likes())
                        .add("shares", p.engagement().shares()).add("comments", p.engagement().comments())
                        .add("views", p.engagement().views()));
                case DUPLICATES -> {
                    if (duplicates >= 0) {
                        b.add(f.param(), duplicates);
                    }
                }
                case DUP_GROUP -> {
                    if (duplicates >= 0) {
                        text(b, f.param(), dupGroup);
                    }
                }
            }
        }
        return b.build();
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static void text(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }

    private static String label(String key) {
        if (key == null) {
            return null;
        }
        try {
            return LABELS.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
