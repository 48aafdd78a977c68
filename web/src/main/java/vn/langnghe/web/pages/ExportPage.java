package vn.langnghe.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.export.ExportColumn;
import vn.langnghe.export.ExportFormat;
import vn.langnghe.export.ExportJob;
import vn.langnghe.export.ExportJobs;
import vn.langnghe.export.ExportRefusedException;
import vn.langnghe.index.IndexingException;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchRequestException;

/**
 * The export page, opened from the search page with the search's URL state ({@code q}, repeatable
 * {@code f}, {@code from}, {@code to}, {@code sort}, {@code exact}): says what will be exported and how
 * many posts match, starts the export in the chosen format, follows it with a poll, cancels it, and links
 * the file when it is ready. The search state is read once, when the page opens; postbacks keep it here.
 */
@Named
@ViewScoped
public class ExportPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ExportPage.class.getName());

    @Inject
    SecurityContext security;

    @Inject
    PostSearch search;

    @EJB
    ExportJobs jobs;

    @EJB
    AccountService accounts;

    // the search's URL state, as it came (kept as text: the request is rebuilt from it)
    private String q;
    private List<String> filters = List.of();
    private String from;
    private String to;
    private String sort;
    private String exact;

    private boolean searchOk;
    private long total = -1;
    private String error;
    private String format = "xlsx";
    private String jobId;

    @PostConstruct
    void init() {
        if (!mayExport(security)) {
            throw new IllegalStateException("exports are for analysts and admins"); // web.xml refuses first
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String[]> params = faces.getExternalContext().getRequestParameterValuesMap();
        q = first(params, "q");
        String[] f = params.get("f");
        filters = f == null ? List.of() : Arrays.stream(f).filter(s -> s != null && !s.isBlank()).toList();
        from = first(params, "from");
        to = first(params, "to");
        sort = first(params, "sort");
        exact = first(params, "exact");
        Reader reader = reader();
        if (reader == null) {
            error = Messages.get(faces, "export.error.noAccount");
            return;
        }
        try {
            // the count the page shows is a search of one row, audited as the search it is
            total = search.search(reader, request().withPage(1, 1)).total();
            searchOk = true;
        } catch (SearchRequestException e) {
            error = badSearch(faces, e.problem().name(), e.getMessage());
        } catch (IndexingException e) {
            LOG.log(Level.FINE, "export page without Solr", e);
            error = Messages.get(faces, "export.error.solrDown");
        }
    }

    /** Analysts and admins export; viewers never do (the role model in docs/security.md). */
    static boolean mayExport(SecurityContext security) {
        return security.isCallerInRole("analyst") || security.isCallerInRole("admin");
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    private SearchRequest request() {
        return SearchRequest.fromUrl(q, filters, from, to, sort, null, null, exact, null);
    }

    private Reader reader() {
        Principal caller = security.getCallerPrincipal();
        Account account = caller == null ? null : accounts.find(caller.getName()).orElse(null);
        return account == null ? null : Reader.of(account);
    }

    private static String badSearch(FacesContext faces, String problem, String detail) {
        ResourceBundle texts = Messages.bundle(faces);
        String key = "export.problem." + problem;
        String why = texts.containsKey(key) ? texts.getString(key) : detail;
        return MessageFormat.format(texts.getString("export.error.badSearch"), why);
    }

    /** Starts the export in the chosen format (the poll follows it). */
    public void start() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Reader reader = reader();
        if (reader == null || !searchOk) {
            return;
        }
        ResourceBundle texts = Messages.bundle(faces);
        List<String> headers = new ArrayList<>();
        for (ExportColumn c : ExportColumn.values()) {
            headers.add(texts.getString("export.col." + c.key()));
        }
        try {
            jobId = jobs.start(reader, request(), ExportFormat.parse(format), headers).id();
        } catch (ExportRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    MessageFormat.format(texts.getString("export.refused." + e.reason().name()), e.limit()), null));
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.getString("export.error.format"), null));
        }
    }

    /** Stops the running export (its partial file is deleted), or discards a finished one. */
    public void cancel() {
        Principal caller = security.getCallerPrincipal();
        if (jobId != null && caller != null) {
            jobs.cancel(caller.getName(), jobId);
        }
    }

    /** Back to choosing a format, for another export of the same search. */
    public void again() {
        jobId = null;
    }

    /** The poll's listener: nothing to do, the getters read the job. */
    public void refresh() {
    }

    private ExportJob job() {
        Principal caller = security.getCallerPrincipal();
        return jobId == null || caller == null ? null : jobs.job(caller.getName(), jobId).orElse(null);
    }

    public boolean isSearchOk() { return searchOk; }
    public String getError() { return error; }
    public long getTotal() { return total; }
    public long getCap() { return jobs.limits().maxRows(); }
    public boolean isOverCap() { return total > jobs.limits().maxRows(); }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getQuery() { return q == null ? "" : q.strip(); }
    public List<String> getFilters() { return filters; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public boolean isExact() { return request().exact(); }
    public String getSort() { return request().sort().param(); }

    /** A filter as the page shows it: as the search's chips name it. */
    public String filterLabel(String filter) {
        return FilterLabel.of(filter, Messages.bundle(FacesContext.getCurrentInstance()));
    }

    /** The export has started on this page (and not been dismissed). */
    public boolean isStarted() { return jobId != null; }

    /** Started, and the job is no longer known: sent, expired, or the server restarted. */
    public boolean isGone() { return jobId != null && job() == null; }

    public boolean isRunning() {
        ExportJob j = job();
        return j != null && !j.state().finished();
    }

    /** The poll runs while the job does. */
    public boolean isPolling() { return isRunning(); }

    public String getState() {
        ExportJob j = job();
        return j == null ? "GONE" : j.state().name();
    }

    public long getWritten() {
        ExportJob j = job();
        return j == null ? 0 : j.written();
    }

    public long getExpected() {
        ExportJob j = job();
        return j == null || j.expected() < 0 ? Math.min(Math.max(total, 0), getCap()) : j.expected();
    }

    public int getPercent() {
        ExportJob j = job();
        return j == null ? 0 : j.percent();
    }

    public boolean isCapped() {
        ExportJob j = job();
        return j != null && j.capped();
    }

    public long getJobTotal() {
        ExportJob j = job();
        return j == null ? total : j.total();
    }

    /** The failure in plain words, when the job failed. */
    public String getFailure() {
        ExportJob j = job();
        if (j == null || j.problem() == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return switch (j.problem()) {
            case BAD_SEARCH -> badSearch(faces, "", j.detail());
            case INDEX_DOWN -> Messages.get(faces, "export.error.solrDown");
            case WRITE_FAILED -> Messages.get(faces, "export.error.write");
        };
    }

    public String getFileName() {
        ExportJob j = job();
        return j == null ? "" : j.fileName();
    }

    public String getDownloadUrl() {
        String ctx = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return ctx + "/export/download?job=" + (jobId == null ? "" : URLEncoder.encode(jobId, StandardCharsets.UTF_8));
    }

    /** The search page with the same state, for "back to the results". */
    public String getSearchUrl() {
        String ctx = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        StringBuilder u = new StringBuilder(ctx).append("/search.xhtml?");
        param(u, "q", q);
        filters.forEach(f -> param(u, "f", f));
        param(u, "from", from);
        param(u, "to", to);
        param(u, "sort", sort);
        param(u, "exact", exact);
        return u.charAt(u.length() - 1) == '&' || u.charAt(u.length() - 1) == '?' ? u.substring(0, u.length() - 1) : u.toString();
    }

    private static void param(StringBuilder u, String name, String value) {
        if (value != null && !value.isBlank()) {
            u.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }
}
