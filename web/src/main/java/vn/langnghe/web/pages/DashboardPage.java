package vn.langnghe.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.account.DataScope;
import vn.langnghe.index.IndexingException;
import vn.langnghe.search.IndexOverview;
import vn.langnghe.search.OverviewService;
import vn.langnghe.search.Reader;

/** The dashboard: what the index holds in the signed-in unit's scope, by platform, sentiment and day. */
@Named
@RequestScoped
public class DashboardPage {
    static final int DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    @Inject
    SecurityContext security;

    @Inject
    OverviewService overviews;

    @EJB
    AccountService accounts;

    private IndexOverview overview;
    private String unitName;
    private boolean wholeCity;
    private String error;

    @PostConstruct
    void load() {
        Principal caller = security.getCallerPrincipal();
        Account account = caller == null ? null : accounts.find(caller.getName()).orElse(null);
        if (account == null) {
            // signed in by the container but no account behind the name (deleted meanwhile): see nothing
            unitName = "";
            error = Messages.get(FacesContext.getCurrentInstance(), "dashboard.noAccount");
            return;
        }
        DataScope scope = account.getUnit().scope();
        unitName = account.getUnit().getName();
        wholeCity = scope.wholeCity();
        try {
            overview = overviews.overview(Reader.of(account), DAYS);
        } catch (IndexingException e) {
            // the status and readiness checks log the outage; here only the page says so
            java.util.logging.Logger.getLogger(DashboardPage.class.getName()).log(java.util.logging.Level.FINE,
                    "dashboard without Solr", e);
            error = Messages.get(FacesContext.getCurrentInstance(), "dashboard.solrDown");
        }
    }

    public String getError() { return error; }
    public String getUnitName() { return unitName; }
    public boolean isWholeCity() { return wholeCity; }
    public long getTotal() { return overview == null ? 0 : overview.total(); }

    /** The search of everything the total counts. */
    public String getTotalHref() {
        return SearchLinks.all(contextPath());
    }

    public List<Bar> getPlatforms() {
        return overview == null ? List.of() : bars(overview.byPlatform(), "platform");
    }

    public List<Bar> getSentiments() {
        return overview == null ? List.of() : bars(overview.bySentiment(), "sentiment");
    }

    public List<Bar> getDays() {
        if (overview == null) {
            return List.of();
        }
        long max = Math.max(1, Collections.max(overview.byDay().values()));
        List<Bar> out = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> e : overview.byDay().entrySet()) {
            out.add(new Bar(e.getKey().toString(), DAY.format(e.getKey()), e.getValue(), percent(e.getValue(), max),
                    SearchLinks.day(contextPath(), e.getKey())));
        }
        return out;
    }

    private List<Bar> bars(Map<String, Long> counts, String facet) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        String context = contextPath();
        return counts.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getKey(), e.getValue(), percent(e.getValue(), max),
                        SearchLinks.filtered(context, facet, e.getKey())))
                .toList();
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static int percent(long value, long max) {
        return (int) Math.round(100.0 * value / Math.max(1, max));
    }

    /**
     * One bar of a chart: key, label, count, length as a percentage of the longest bar, and the search that
     * lists the posts it counts.
     */
    public record Bar(String key, String label, long count, int percent, String href) {
        public String getHref() { return href; }
        public String getKey() { return key; }
        public String getLabel() { return label; }
        public long getCount() { return count; }
        public int getPercent() { return percent; }
    }
}
