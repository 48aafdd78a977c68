package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.langnghe.analysis.AnalysedItem;
import vn.langnghe.analysis.Analysis;
import vn.langnghe.analysis.region.RegionMatch;
import vn.langnghe.analysis.region.RegionMatcher;

/**
 * What {@code /api/v1/analyze} answers for one text: the fields the platform indexes for a post, with the
 * places named (an area's and a unit's name from the gazetteer, so a hotline system need not keep the
 * code lists). Nothing of the text itself comes back but the matched words that name a place or carry a
 * sentiment: the caller has the text.
 */
final class AnalysisAnswer {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private AnalysisAnswer() {
    }

    static JsonObject json(int index, AnalyzeRequest.Item item, AnalysedItem analysed, RegionMatcher places) {
        Analysis a = analysed.analysis();
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (item.id() != null) {
            b.add("id", item.id());
        }
        b.add("index", index);
        if (a.isEmpty()) {
            // an empty or unreadable text: nothing found, said with the same fields
            b.addNull("language").addNull("sentiment");
        } else {
            b.add("language", a.lang());
            b.add("sentiment", JSON.createObjectBuilder()
                    .add("label", a.sentiment())
                    .add("score", BigDecimal.valueOf(a.sentimentScore()).setScale(3, RoundingMode.HALF_UP))
                    .add("evidence", strings(a.sentimentEvidence()))
                    .add("confidence", BigDecimal.valueOf(a.sentimentConfidence()).setScale(3, RoundingMode.HALF_UP))
                    .add("uncertain", a.sentimentUncertain()));
        }
        b.add("topics", strings(a.topics()));
        b.add("topicSentiment", strings(a.topicSentiments()));
        JsonArrayBuilder areas = JSON.createArrayBuilder();
        a.areas().forEach(code -> areas.add(named(code, places.areaName(code).orElse(null))));
        JsonArrayBuilder units = JSON.createArrayBuilder();
        a.units().forEach(code -> units.add(named(code, places.unitName(code).orElse(null))));
        JsonArrayBuilder mentions = JSON.createArrayBuilder();
        for (RegionMatch r : a.regions()) {
            mentions.add(JSON.createObjectBuilder().add("text", r.text()).add("area", r.area()).add("units", strings(r.units())));
        }
        b.add("regions", JSON.createObjectBuilder().add("areas", areas).add("units", units).add("mentions", mentions));
        b.add("keywords", strings(a.keywords()));
        b.add("hashtags", strings(a.hashtags()));
        return b.build();
    }

    private static JsonObjectBuilder named(String code, String name) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("code", code);
        return name == null ? b.addNull("name") : b.add("name", name);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
