package vn.langnghe.web.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.index.IndexingException;
import vn.langnghe.search.DateRange;
import vn.langnghe.search.Facet;
import vn.langnghe.search.FacetCounts;
import vn.langnghe.search.Hit;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.PostView;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchPage;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchRequestException;
import vn.langnghe.search.SearchSort;
import vn.langnghe.search.Snippet;

/**
 * The analysts' search page ({@code /search}): reads the search from the URL, runs it through
 * {@link PostSearch} as the signed-in account's {@link Reader} (scope, masking, audit), and offers every
 * refinement as a link to another URL ({@link SearchUrl}). A request the search refuses is shown in plain
 * words beside the rest of the page, which stays usable (chips to undo what was asked).
 */
@Named
@RequestScoped
public class SearchView {
    static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int PAGE_LINKS = 2;

    @Inject
    SecurityContext security;

    @Inject
    PostSearch search;

    @EJB
    AccountService accounts;

    private boolean loaded;
    private SearchUrl url;
    private SearchPage result;
    private String error;
    private String errorDetail;
    private boolean cleared;
    private String context;
    private ResourceBundle bundle;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        context = ext.getRequestContextPath();
        bundle = Messages.bundle(faces);
        Map<String, String[]> params = ext.getRequestParameterValuesMap();
        url = SearchUrl.of(params);
        if (faces.isPostback()) {
            return; // the page's only postback is the language switch, which opens the URL again: no search
        }
        Principal caller = security.getCallerPrincipal();
        Account account = caller == null ? null : accounts.find(caller.getName()).orElse(null);
        if (account == null) {
            error = text("dashboard.noAccount");
            return;
        }
        Reader reader = Reader.of(account);
        cleared = reader.personalDataClearance();
        try {
            result = search.search(reader, SearchRequest.fromUrl(first(params, "q"),
                    params.get("f") == null ? List.of() : Arrays.asList(params.get("f")), first(params, "from"),
                    first(params, "to"), first(params, "sort"), first(params, "page"), first(params, "cursor"),
                    first(params, "exact"), null));
        } catch (SearchRequestException e) {
            error = text("search.problem." + e.problem().name());
            errorDetail = e.getMessage();
        } catch (IndexingException e) {
            Logger.getLogger(SearchView.class.getName()).log(Level.FINE, "search without Solr", e);
            error = text("dashboard.solrDown");
        }
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    // --- the state ---

    public String getQ() { load(); return url.q(); }
    public boolean isExact() { load(); return url.exact(); }
    public List<String> getFilters() { load(); return url.filters(); }
    public String getSort() { load(); return url.sort(); }
    /** The custom range's days for the date inputs (a preset or a date-time shows nothing there). */
    public String getFromDay() { load(); return day(url.from()); }
    public String getToDay() { load(); return day(url.to()); }
    public String getError() { load(); return error; }
    public String getErrorDetail() { load(); return errorDetail; }
    public boolean isAnswered() { load(); return result != null; }
    public long getTotal() { load(); return result == null ? 0 : result.total(); }
    /** The posts behind the results, near-duplicates one by one: the number the dashboard's links promise. */
    public long getPosts() { load(); return result == null ? 0 : result.postCount(); }
    public String getQueryString() { load(); return url.query(); }
    public String getSaveHref() { load(); return context + "/saved-queries.xhtml?new=1" + (url.query().isEmpty() ? "" : "&" + url.query()); }
    public String getExportHref() { load(); return context + "/export.xhtml" + (url.query().isEmpty() ? "" : "?" + url.query()); }
    public String getExactHref() { load(); return url.withExact(!url.exact()).href(context); }
    public String getClearHref() { load(); return url.cleared().href(context); }
    public String getAction() { load(); return context + SearchUrl.PATH; }

    private static String day(String s) {
        if (s == null || s.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    // --- chips: what is asked, each removable ---

    public List<Link> getChips() {
        load();
        List<Link> out = new ArrayList<>();
        if (!url.q().isEmpty()) {
            out.add(new Link(text("search.chip.words") + ": " + url.q(), url.withoutQuery().href(context), true, 0, "q"));
        }
        for (String f : url.filters()) {
            out.add(new Link(filterLabel(f), url.withoutFilter(f).href(context), true, 0, f));
        }
        if (url.from() != null || url.to() != null) {
            out.add(new Link(datesLabel(), url.withoutDates().href(context), true, 0, "dates"));
        }
        if (url.exact()) {
            out.add(new Link(text("search.exact"), url.withExact(false).href(context), true, 0, "exact"));
        }
        return out;
    }

    public boolean isRefined() {
        load();
        return !url.filters().isEmpty() || url.from() != null || url.to() != null;
    }

    private String datesLabel() {
        String from = url.from();
        Optional<DateRange.Preset> preset = Arrays.stream(DateRange.Preset.values()).filter(p -> p.param().equals(from)).findFirst();
        if (preset.isPresent()) {
            return text("facet.date") + ": " + text("facet.date." + preset.get().param());
        }
        return text("facet.date") + ": " + (from == null ? "…" : from) + " – " + (url.to() == null ? "…" : url.to());
    }

    /** "Chủ đề: Ngập nước" for {@code topic:flooding}; a filter the page does not know is shown as written. */
    String filterLabel(String filter) {
        return FilterLabel.of(filter, bundle);
    }

    // --- facets ---

    public List<FacetBlock> getFacets() {
        load();
        if (result == null) {
            return List.of();
        }
        List<FacetBlock> out = new ArrayList<>();
        for (FacetCounts f : result.facets()) {
            if (f.facet().kind() == Facet.Kind.DATE_RANGE) {
                continue; // the date presets have their own place
            }
            List<Link> values = new ArrayList<>();
            for (FacetCounts.Value v : f.values()) {
                String filter = f.facet().param() + ":" + v.value();
                String href = v.selected() ? url.withoutFilter(filter).href(context)
                        : f.facet() == Facet.REGION ? url.withRegion(v.value()).href(context)
                        : url.withFilter(filter).href(context);
                values.add(new Link(v.labelKey() == null ? v.value() : label(v.labelKey(), v.code()), href,
                        v.selected(), v.count(), v.value()));
            }
            List<Link> up = new ArrayList<>();
            if (f.facet() == Facet.REGION) {
                up = regionUp();
            }
            out.add(new FacetBlock(f.facet().param(), text(f.labelKey()), values, up));
        }
        return out;
    }

    /** Region drill-down: back to the whole city, and from a ward back to its area. */
    private List<Link> regionUp() {
        List<Link> up = new ArrayList<>();
        List<String> regions = url.filters().stream().filter(s -> s.startsWith("region:")).toList();
        if (regions.isEmpty()) {
            return up;
        }
        up.add(new Link(text("search.region.all"), url.withoutFacet("region").href(context), false, 0, "all"));
        for (String r : regions) {
            String path = r.substring("region:".length());
            if (path.startsWith("2/")) {
                String area = "1/" + path.substring(2, path.lastIndexOf('/'));
                String code = area.substring(area.lastIndexOf('/') + 1);
                Link parent = new Link("↑ " + label("facet.region." + code, code),
                        url.withoutFacet("region").withFilter("region:" + area).href(context), false, 0, area);
                if (up.stream().noneMatch(l -> l.getKey().equals(area))) {
                    up.add(parent);
                }
            }
        }
        return up;
    }

    /** The date presets with their counts, and "any time". */
    public List<Link> getPresets() {
        load();
        List<Link> out = new ArrayList<>();
        Optional<FacetCounts> dates = result == null ? Optional.empty() : result.facet(Facet.DATE);
        out.add(new Link(text("search.dates.any"), url.withoutDates().href(context), url.from() == null && url.to() == null, -1, "any"));
        for (DateRange.Preset p : DateRange.Preset.values()) {
            long count = dates.flatMap(d -> d.values().stream().filter(v -> v.value().equals(p.param())).findFirst())
                    .map(FacetCounts.Value::count).orElse(-1L);
            out.add(new Link(text("facet.date." + p.param()), url.withDates(p.param(), null).href(context),
                    p.param().equals(url.from()), count, p.param()));
        }
        return out;
    }

    // --- order and paging ---

    public List<Link> getSorts() {
        load();
        SearchSort current;
        try {
            current = SearchSort.parse(url.sort());
        } catch (SearchRequestException e) {
            current = null;
        }
        List<Link> out = new ArrayList<>();
        for (SearchSort s : SearchSort.values()) {
            out.add(new Link(text("search.sort." + s.param()), url.withSort(s.param()).href(context), s == current, 0, s.param()));
        }
        return out;
    }

    /** Page numbers around the current one, up to the last the page-number limit reaches; gaps as "…". */
    public List<Link> getPages() {
        load();
        if (result == null || result.cursor() != null || result.pages() <= 1) {
            return List.of();
        }
        int current = result.page();
        int last = result.pages();
        List<Link> out = new ArrayList<>();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - current) <= PAGE_LINKS) {
                out.add(new Link(Integer.toString(p), url.withPage(p).href(context), p == current, p, Integer.toString(p)));
            } else if (p == 2 || p == last - 1) {
                out.add(new Link("…", null, false, 0, "gap" + p));
            }
        }
        return out;
    }

    public String getPrevHref() {
        load();
        return result == null || result.cursor() != null || result.page() <= 1 ? null : url.withPage(result.page() - 1).href(context);
    }

    /** The next page: by number while the limit allows, by cursor when paging by cursor. */
    public String getNextHref() {
        load();
        if (result == null || !result.hasNext()) {
            return null;
        }
        return result.cursor() != null ? url.withCursor(result.nextCursor()).href(context)
                : url.withPage(result.page() + 1).href(context);
    }

    /** Paging on without a limit (and without the cost of deep page numbers): from the first result, by cursor. */
    public String getDeepHref() {
        load();
        return result == null || result.cursor() != null || result.total() <= result.rows() ? null
                : url.withCursor(SearchRequest.FIRST_CURSOR).href(context);
    }

    public boolean isCursorPaging() { load(); return result != null && result.cursor() != null; }
    public String getFirstPageHref() { load(); return url.withPage(1).href(context); }

    /** "Kết quả 21–40 / 1.234" once the search answered. */
    public String getRange() {
        load();
        if (result == null || result.hits().isEmpty()) {
            return "";
        }
        long first = result.cursor() != null ? 1 : (long) (result.page() - 1) * result.rows() + 1;
        return result.cursor() != null ? MessageFormat.format(text("search.shownCursor"), result.hits().size())
                : MessageFormat.format(text("search.shown"), first, first + result.hits().size() - 1);
    }

    // --- results ---

    public List<HitRow> getHits() {
        load();
        if (result == null) {
            return List.of();
        }
        Instant now = Instant.now();
        return result.hits().stream().map(h -> row(h, now)).toList();
    }

    private HitRow row(Hit hit, Instant now) {
        PostView p = hit.post();
        List<String> topics = p.topics().stream().map(t -> label("facet.topic." + t, t)).toList();
        List<String> regions = p.regions().stream().map(r -> label("facet.region." + r, r)).distinct().toList();
        String postHref = context + "/post?id=" + SearchUrl.encode(p.id());
        return new HitRow(p.id(), p.platform(), label("facet.platform." + p.platform(), p.platform()), p.authorName(),
                p.title(), hit.snippet().parts(), p.createdAt() == null ? "" : ABSOLUTE.format(p.createdAt().atZone(CITY)),
                p.createdAt() == null ? "" : ago(p.createdAt(), now),
                p.createdAt() == null ? "" : p.createdAt().toString(), p.sentiment(),
                p.sentiment() == null ? "" : label("facet.sentiment." + p.sentiment(), p.sentiment()), topics, regions,
                p.engagement(), linkable(p.url()), postHref, hit.similar(), postHref + "#duplicates",
                String.join(", ", p.sentimentEvidence()), p.sentimentUncertain());
    }

    /** Only web addresses become links to the original (a post's URL is data from outside). */
    static String linkable(String u) {
        if (u == null) {
            return null;
        }
        String lower = u.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? u.strip() : null;
    }

    String ago(Instant t, Instant now) {
        Duration d = Duration.between(t, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return text("search.ago.now");
        }
        if (d.toHours() < 1) {
            return MessageFormat.format(text("search.ago.minutes"), d.toMinutes());
        }
        if (d.toDays() < 1) {
            return MessageFormat.format(text("search.ago.hours"), d.toHours());
        }
        if (d.toDays() < 60) {
            return MessageFormat.format(text("search.ago.days"), d.toDays());
        }
        return MessageFormat.format(text("search.ago.months"), d.toDays() / 30);
    }

    // --- charts ---

    public String getVolumeChart() {
        load();
        if (result == null || result.volume().isEmpty()) {
            return null;
        }
        return SearchCharts.volume(result.volume(), result.interval(), CITY, s -> label("facet.sentiment." + s, s),
                b -> url.withDates(b[0], b[1]).href(context));
    }

    public String getIntervalLabel() {
        load();
        return result == null ? "" : text("search.interval." + result.interval().name().toLowerCase(Locale.ROOT));
    }

    public String getSentimentChart() {
        load();
        FacetCounts f = facet(Facet.SENTIMENT);
        if (!SearchCharts.hasData(f)) {
            return null;
        }
        return SearchCharts.share(items(f), f.values().stream().map(FacetCounts.Value::code).toList());
    }

    public String getTopicChart() { return top(Facet.TOPIC); }
    public String getRegionChart() { return top(Facet.REGION); }
    /** Null without personal-data clearance: the search gives no author counts then. */
    public String getAuthorChart() { return top(Facet.AUTHOR); }
    public String getSourceChart() { return top(Facet.SOURCE); }
    public boolean isAuthorsShown() { load(); return cleared && getAuthorChart() != null; }

    private String top(Facet facet) {
        load();
        FacetCounts f = facet(facet);
        return SearchCharts.hasData(f) ? SearchCharts.top(text(facet.labelKey()), items(f)) : null;
    }

    private FacetCounts facet(Facet f) {
        return result == null ? null : result.facet(f).orElse(null);
    }

    private List<SearchCharts.Item> items(FacetCounts f) {
        List<SearchCharts.Item> out = new ArrayList<>();
        for (FacetCounts.Value v : f.values()) {
            String filter = f.facet().param() + ":" + v.value();
            String href = v.selected() ? url.withFilter(filter).href(context)
                    : f.facet() == Facet.REGION ? url.withRegion(v.value()).href(context) : url.withFilter(filter).href(context);
            out.add(new SearchCharts.Item(v.labelKey() == null ? v.value() : label(v.labelKey(), v.code()), v.count(), href));
        }
        return out;
    }

    // --- texts ---

    private String text(String key) {
        return label(key, key);
    }

    private String label(String key, String fallback) {
        if (key == null) {
            return fallback;
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A link of the page: its text, where it leads, whether it is the current choice, a count, a stable key for tests. */
    public static final class Link {
        private final String label;
        private final String href;
        private final boolean selected;
        private final long count;
        private final String key;

        Link(String label, String href, boolean selected, long count, String key) {
            this.label = label;
            this.href = href;
            this.selected = selected;
            this.count = count;
            this.key = key;
        }

        public String getLabel() { return label; }
        public String getHref() { return href; }
        public boolean isSelected() { return selected; }
        public long getCount() { return count; }
        public String getKey() { return key; }
    }

    /** One facet of the panel: its name, title, values, and the links back up (the region's levels). */
    public static final class FacetBlock {
        private final String name;
        private final String title;
        private final List<Link> values;
        private final List<Link> up;

        FacetBlock(String name, String title, List<Link> values, List<Link> up) {
            this.name = name;
            this.title = title;
            this.values = values;
            this.up = up;
        }

        public String getName() { return name; }
        public String getTitle() { return title; }
        public List<Link> getValues() { return values; }
        public List<Link> getUp() { return up; }
    }

    /** One result as the page shows it; every text is escaped by the page. */
    public static final class HitRow {
        private final String id;
        private final String platform;
        private final String platformLabel;
        private final String author;
        private final String title;
        private final List<Snippet.Part> parts;
        private final String absolute;
        private final String relative;
        private final String iso;
        private final String sentiment;
        private final String sentimentLabel;
        private final List<String> topics;
        private final List<String> regions;
        private final PostView.Engagement engagement;
        private final String url;
        private final String postHref;
        private final long similar;
        private final String similarHref;
        private final String evidence;
        private final boolean uncertain;

        HitRow(String id, String platform, String platformLabel, String author, String title, List<Snippet.Part> parts,
               String absolute, String relative, String iso, String sentiment, String sentimentLabel, List<String> topics,
               List<String> regions, PostView.Engagement engagement, String url, String postHref, long similar,
               String similarHref, String evidence, boolean uncertain) {
            this.id = id;
            this.platform = platform;
            this.platformLabel = platformLabel;
            this.author = author;
            this.title = title;
            this.parts = parts;
            this.absolute = absolute;
            this.relative = relative;
            this.iso = iso;
            this.sentiment = sentiment;
            this.sentimentLabel = sentimentLabel;
            this.topics = topics;
            this.regions = regions;
            this.engagement = engagement;
            this.url = url;
            this.postHref = postHref;
            this.similar = similar;
            this.similarHref = similarHref;
            this.evidence = evidence;
            this.uncertain = uncertain;
        }

        public String getId() { return id; }
        public String getPlatform() { return platform; }
        public String getPlatformLabel() { return platformLabel; }
        public String getAuthor() { return author; }
        public String getTitle() { return title; }
        public List<Part> getParts() { return parts.stream().map(Part::new).toList(); }
        public String getAbsolute() { return absolute; }
        public String getRelative() { return relative; }
        public String getIso() { return iso; }
        public String getSentiment() { return sentiment; }
        public String getSentimentLabel() { return sentimentLabel; }
        public List<String> getTopics() { return topics; }
        public List<String> getRegions() { return regions; }
        public long getLikes() { return engagement.likes(); }
        public long getShares() { return engagement.shares(); }
        public long getComments() { return engagement.comments(); }
        public long getViews() { return engagement.views(); }
        public String getUrl() { return url; }
        public String getPostHref() { return postHref; }
        public long getSimilar() { return similar; }
        public String getSimilarHref() { return similarHref; }
        /** The words that drove the sentiment label, comma-separated; empty when none (or corrected). */
        public String getEvidence() { return evidence; }
        /** The model was unsure of the label (its calibrated confidence under the analysis's threshold). */
        public boolean isUncertain() { return uncertain; }
    }

    /** A piece of a snippet for the page: its text and whether it is a searched word. */
    public static final class Part {
        private final Snippet.Part part;

        Part(Snippet.Part part) {
            this.part = part;
        }

        public String getText() { return part.text(); }
        public boolean isMarked() { return part.marked(); }
    }
}
