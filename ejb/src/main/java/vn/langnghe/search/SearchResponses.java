package vn.langnghe.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/** Reads the facet counts and the volume chart out of the response to a {@link ScopedQuery#search}. */
final class SearchResponses {
    private SearchResponses() {
    }

    /** The counted facets in panel order; a facet Solr said nothing of has no values. */
    static List<FacetCounts> facets(QueryResponse rsp, Reader reader, List<SearchFilter> filters) {
        return facets(rsp, Facet.countedFor(reader), filters);
    }

    /** The facets given, in their order. */
    static List<FacetCounts> facets(QueryResponse rsp, List<Facet> which, List<SearchFilter> filters) {
        List<FacetCounts> out = new ArrayList<>();
        for (Facet f : which) {
            Set<String> selected = new HashSet<>();
            filters.stream().filter(s -> s.field() == f).forEach(s -> selected.add(s.value()));
            List<FacetCounts.Value> values = new ArrayList<>();
            if (f.kind() == Facet.Kind.DATE_RANGE) {
                Map<String, Integer> queries = rsp.getFacetQuery() == null ? Map.of() : rsp.getFacetQuery();
                for (DateRange.Preset p : DateRange.Preset.values()) {
                    Integer n = queries.get(f.param() + "." + p.param());
                    values.add(new FacetCounts.Value(p.param(), p.param(), f.labelKey() + "." + p.param(),
                            n == null ? 0 : n, false));
                }
            } else {
                FacetField field = rsp.getFacetField(f.param());
                if (field != null && field.getValues() != null) {
                    for (FacetField.Count c : field.getValues()) {
                        String code = f.kind() == Facet.Kind.HIERARCHY ? c.getName().substring(c.getName().lastIndexOf('/') + 1)
                                : c.getName();
                        values.add(new FacetCounts.Value(c.getName(), code, f.valueLabelKey(code), c.getCount(),
                                selected.contains(c.getName())));
                    }
                }
            }
            out.add(new FacetCounts(f, values));
        }
        return out;
    }

    /** Every post that matches, near-duplicates included (the total counts a group once); the total when not asked. */
    static long posts(QueryResponse rsp, long total) {
        Integer n = rsp.getFacetQuery() == null ? null : rsp.getFacetQuery().get(ScopedQuery.POSTS_KEY);
        return n == null ? total : Math.max(n, total);
    }

    /** A timeline's buckets, oldest first, with the posts of each value of the split (most first). */
    static List<Timeline.Bucket> timeline(QueryResponse rsp) {
        NestableJsonFacet json = rsp.getJsonFacetingResponse();
        BucketBasedJsonFacet timeline = json == null ? null : json.getBucketBasedFacets("timeline");
        if (timeline == null) {
            return List.of();
        }
        List<Timeline.Bucket> out = new ArrayList<>();
        for (BucketJsonFacet b : timeline.getBuckets()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            BucketBasedJsonFacet split = b.getBucketBasedFacets("split");
            if (split != null) {
                for (BucketJsonFacet s : split.getBuckets()) {
                    counts.put(String.valueOf(s.getVal()), s.getCount());
                }
            }
            Object val = b.getVal();
            out.add(new Timeline.Bucket(val instanceof Date d ? d.toInstant() : Instant.parse(String.valueOf(val)),
                    b.getCount(), counts));
        }
        return out;
    }

    /** The volume chart's bars, oldest first, with the posts of each sentiment. */
    static List<VolumePoint> volume(QueryResponse rsp) {
        NestableJsonFacet json = rsp.getJsonFacetingResponse();
        BucketBasedJsonFacet volume = json == null ? null : json.getBucketBasedFacets("volume");
        if (volume == null) {
            return List.of();
        }
        List<VolumePoint> out = new ArrayList<>();
        for (BucketJsonFacet b : volume.getBuckets()) {
            Map<String, Long> bySentiment = new LinkedHashMap<>();
            BucketBasedJsonFacet sentiment = b.getBucketBasedFacets("sentiment");
            if (sentiment != null) {
                for (BucketJsonFacet s : sentiment.getBuckets()) {
                    bySentiment.put(String.valueOf(s.getVal()), s.getCount());
                }
            }
            Object val = b.getVal();
            Instant start = val instanceof Date d ? d.toInstant() : Instant.parse(String.valueOf(val));
            out.add(new VolumePoint(start, b.getCount(), bySentiment));
        }
        return out;
    }
}
