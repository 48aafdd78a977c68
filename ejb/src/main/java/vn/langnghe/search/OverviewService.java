package vn.langnghe.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.RangeFacet;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.SolrConnection;

/** Builds the dashboard's {@link IndexOverview} with one faceted Solr request. */
@ApplicationScoped
public class OverviewService {
    /** Ho Chi Minh City has no daylight saving: +07:00 all year. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    SolrConnection solr;

    Clock clock = Clock.system(CITY_ZONE);

    /** Counts of what the reader may see, through {@link ScopedQuery} like every read of posts. */
    public IndexOverview overview(Reader reader, int days) throws IndexingException {
        // one "today" for the query and the reading: two clock reads could straddle midnight
        LocalDate today = LocalDate.now(clock);
        SolrQuery q = overviewQuery(reader, days, today);
        try {
            return read(solr.client().query(solr.collection(), q), days, today);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr could not count the index: " + e.getMessage(), e);
        }
    }

    static SolrQuery overviewQuery(Reader reader, int days, LocalDate today) {
        SolrQuery q = ScopedQuery.counting(reader);
        q.setFacet(true);
        q.setFacetMinCount(1);
        q.setFacetLimit(50);
        // the dashboard's panels are the search's facets of those names, so each count links to its filter
        q.addFacetField(Facet.PLATFORM.solrField(), Facet.SENTIMENT.solrField());
        for (Facet f : List.of(Facet.PLATFORM, Facet.SENTIMENT)) {
            q.set("f." + f.solrField() + ".facet.method", "enum"); // see Facet#fewValues
        }
        // Day buckets start at midnight in the city, not in UTC: an evening post belongs to its own day.
        q.set("facet.range", Facet.DATE.solrField());
        q.set("f." + Facet.DATE.solrField() + ".facet.range.start", dayStart(today.minusDays(days - 1L)));
        q.set("f." + Facet.DATE.solrField() + ".facet.range.end", dayStart(today.plusDays(1)));
        q.set("f." + Facet.DATE.solrField() + ".facet.range.gap", "+1DAY");
        q.set("f." + Facet.DATE.solrField() + ".facet.mincount", 0);
        q.set("TZ", CITY_ZONE.getId());
        return q;
    }

    private static String dayStart(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(CITY_ZONE).toInstant());
    }

    static IndexOverview read(QueryResponse rsp, int days, LocalDate today) {
        Map<String, Long> platforms = counts(rsp.getFacetField(Facet.PLATFORM.solrField()));
        Map<String, Long> sentiments = counts(rsp.getFacetField(Facet.SENTIMENT.solrField()));
        SortedMap<LocalDate, Long> byDay = new TreeMap<>();
        for (int i = days - 1; i >= 0; i--) {
            byDay.put(today.minusDays(i), 0L);
        }
        for (RangeFacet<?, ?> range : rsp.getFacetRanges()) {
            for (RangeFacet.Count c : range.getCounts()) {
                LocalDate day = java.time.Instant.parse(c.getValue()).atZone(CITY_ZONE).toLocalDate();
                byDay.put(day, (long) c.getCount());
            }
        }
        return new IndexOverview(rsp.getResults().getNumFound(), platforms, sentiments, byDay);
    }

    private static Map<String, Long> counts(FacetField field) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (field != null && field.getValues() != null) {
            field.getValues().forEach(c -> out.put(c.getName(), c.getCount()));
        }
        return out;
    }
}
